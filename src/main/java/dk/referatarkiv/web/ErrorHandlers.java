package dk.referatarkiv.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps every failure to a JSON {@link ApiError} with the right status, in one place. Users get a Danish message and
 * never a stack trace; unexpected failures are logged with theirs.
 */
final class ErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);
    static final String CODE = "error";

    private ErrorHandlers() {
    }

    static void register(JavalinConfig config, RouteTable routes, Path web) {
        config.routes.exception(HttpResponseException.class, (e, ctx) -> httpError(e, ctx, routes, web));
        config.routes.exception(ValidationException.class, ErrorHandlers::validationError);
        config.routes.exception(Exception.class, ErrorHandlers::unexpected);
        config.routes.error(404, ctx -> {
            if (!isJsonError(ctx) && !isHtml(ctx)) {
                noRoute(ctx, routes, web);
            }
        });
    }

    /**
     * A query string with a malformed %-escape ("from=2024-01-01%", "q=%C3%28") is a 400, never a parameter
     * silently dropped or garbled.
     */
    static void rejectMalformedQuery(Context ctx) {
        String query = ctx.queryString();
        if (query == null || query.indexOf('%') < 0) {
            return;
        }
        if (!wellFormed(query)) {
            throw badRequest("malformed_query", "Adressen indeholder en ugyldig %-kode; tjek søgningen og prøv igen.");
        }
    }

    private static boolean wellFormed(String query) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                        || Character.digit(query.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.write(Integer.parseInt(query.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** No route for this method and path: 405 with Allow when the path is known, else a Danish 404. */
    private static void noRoute(Context ctx, RouteTable routes, Path web) {
        Set<String> allowed = routes.allowed(ctx.path());
        if (!allowed.isEmpty()) {
            ctx.header("Allow", String.join(", ", allowed));
            ctx.status(405).json(new ApiError("method_not_allowed", "Metoden " + ctx.method() + " kan ikke bruges "
                    + "her; brug " + String.join(" eller ", allowed) + "."));
            return;
        }
        ctx.status(404);
        if (ctx.path().startsWith("/api/") || web == null) {
            ctx.json(new ApiError("not_found", "Adressen findes ikke i API'et: " + ctx.path()));
        } else {
            ctx.html(NOT_FOUND_PAGE);
        }
    }

    /** The page for an address the front-end does not have: in Danish, styled like the site, with a way back. */
    private static final String NOT_FOUND_PAGE = """
            <!doctype html>
            <html lang="da">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Siden findes ikke – Referatarkiv</title>
              <link rel="stylesheet" href="/style.css">
            </head>
            <body>
              <main>
                <h1>Siden findes ikke</h1>
                <p>Adressen findes ikke i Referatarkivet. Den kan være skrevet forkert, eller siden er flyttet.</p>
                <p><a href="/">Til forsiden og søgningen</a></p>
              </main>
            </body>
            </html>
            """;

    private static boolean isHtml(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("text/html");
    }

    /** An error with a code and a Danish message, thrown by controllers. */
    static io.javalin.http.BadRequestResponse badRequest(String code, String message) {
        return new io.javalin.http.BadRequestResponse(message, Map.of(CODE, code));
    }

    static io.javalin.http.NotFoundResponse notFound(String code, String message) {
        return new io.javalin.http.NotFoundResponse(message, Map.of(CODE, code));
    }

    private static void httpError(HttpResponseException e, Context ctx, RouteTable routes, Path web) {
        if (e instanceof Admission.Busy || e instanceof Admission.OutOfTime) {
            Admission.retryAfter(ctx);
        }
        if (e.getStatus() == 404 && e.getMessage() != null && e.getMessage().startsWith("Endpoint ")
                && !e.getDetails().containsKey(CODE)) {
            noRoute(ctx, routes, web); // Javalin found no route: our own answer, in Danish
            return;
        }
        String code = e.getDetails().getOrDefault(CODE, defaultCode(e.getStatus()));
        ctx.status(e.getStatus()).json(new ApiError(code, e.getMessage()));
    }

    private static void validationError(ValidationException e, Context ctx) {
        Map.Entry<String, List<ValidationError<Object>>> first = e.getErrors().entrySet().iterator().next();
        String parameter = first.getKey();
        ValidationError<Object> error = first.getValue().get(0);
        String message = error.getMessage().equals("TYPE_CONVERSION_FAILED")
                ? ParameterNames.describe(parameter) + " har en ugyldig værdi: '" + error.value + "'."
                : error.getMessage();
        ctx.status(400).json(new ApiError("invalid_parameter", message));
    }

    private static void unexpected(Exception e, Context ctx) {
        LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        ctx.status(500).json(new ApiError("internal_error", "Der opstod en uventet fejl. Prøv igen om lidt."));
    }

    private static boolean isJsonError(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/json");
    }

    private static String defaultCode(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            default -> "http_" + status;
        };
    }
}
