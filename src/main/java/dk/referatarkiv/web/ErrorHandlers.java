package dk.referatarkiv.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * Maps every failure to a JSON {@link ApiError} with the right status, in one place. Users get a Danish message and
 * never a stack trace; unexpected failures are logged with theirs.
 */
final class ErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);
    static final String CODE = "error";

    private ErrorHandlers() {
    }

    static void register(JavalinConfig config) {
        config.routes.exception(HttpResponseException.class, ErrorHandlers::httpError);
        config.routes.exception(ValidationException.class, ErrorHandlers::validationError);
        config.routes.exception(Exception.class, ErrorHandlers::unexpected);
        config.routes.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && !isJsonError(ctx)) {
                ctx.json(new ApiError("not_found", "Adressen findes ikke i API'et: " + ctx.path()));
            }
        });
    }

    /** An error with a code and a Danish message, thrown by controllers. */
    static io.javalin.http.BadRequestResponse badRequest(String code, String message) {
        return new io.javalin.http.BadRequestResponse(message, Map.of(CODE, code));
    }

    static io.javalin.http.NotFoundResponse notFound(String code, String message) {
        return new io.javalin.http.NotFoundResponse(message, Map.of(CODE, code));
    }

    private static void httpError(HttpResponseException e, Context ctx) {
        String code = e.getDetails().getOrDefault(CODE, defaultCode(e.getStatus()));
        ctx.status(e.getStatus()).json(new ApiError(code, e.getMessage()));
    }

    private static void validationError(ValidationException e, Context ctx) {
        Map.Entry<String, List<ValidationError<Object>>> first = e.getErrors().entrySet().iterator().next();
        String parameter = first.getKey();
        ValidationError<Object> error = first.getValue().get(0);
        String message = error.getMessage().equals("TYPE_CONVERSION_FAILED")
                ? "Parameteren '" + parameter + "' har en ugyldig værdi: '" + error.value + "'."
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
