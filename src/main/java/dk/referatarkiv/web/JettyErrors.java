package dk.referatarkiv.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Errors that Jetty answers before a request reaches the application (a URI or header too long, a path that is not
 * valid UTF-8): the same JSON body {@code {error, message}} in Danish as every other error, instead of Jetty's HTML
 * page.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String body = "{\"error\":\"" + code(code) + "\",\"message\":\"" + message(code) + "\"}";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            default -> "http_" + status;
        };
    }

    /** A Danish sentence per status; JSON-safe (no quotes or backslashes). */
    static String message(int status) {
        return switch (status) {
            case 400 -> "Forespørgslen er ugyldig: adressen er ikke korrekt kodet (fx en ufuldstændig %-kode).";
            case 404 -> "Adressen findes ikke.";
            case 414 -> "Adressen er for lang. Forkort søgningen.";
            case 431 -> "Forespørgslens headere er for store.";
            default -> "Forespørgslen kunne ikke behandles (HTTP " + status + ").";
        };
    }
}
