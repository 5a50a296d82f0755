package dk.referatarkiv.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referatarkiv.testing.ArchiveServer;
import dk.referatarkiv.testing.TestData;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTP hygiene, each case the exact request that once went wrong: every API error is JSON {@code {error, message}}
 * (Jetty-level ones too), HEAD answers as GET, a wrong method gets 405 with Allow, a malformed escape is a 400, an
 * unknown page a Danish HTML page.
 */
class HttpHygieneIT {

    @TempDir
    static Path tmp;
    private static ArchiveServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        server = ArchiveServer.start(TestData.corpusOf(tmp.resolve("corpus"), "fixtures/layouts/udvalg.txt"), tmp);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void jettyLevelErrorsAreJson() throws Exception {
        assertJsonError(send(get("/api/search?q=" + "a".repeat(10_000))), 414, "uri_too_long");
        assertJsonError(send(get("/api/health").header("X-Stor", "x".repeat(20_000))), 431, "headers_too_large");
        assertJsonError(send(get("/api/%C3%28")), 400, "bad_request");
    }

    @Test
    void headAnswersAsGetWould() throws Exception {
        HttpResponse<String> missing = send(head("/api/meetings/nope"));
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().isEmpty());
        assertEquals(200, send(head("/api/health")).statusCode());
        assertEquals(200, send(head("/")).statusCode());
    }

    @Test
    void aWrongMethodIs405WithAllow() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/search?q=budget"))
                    .method(method, HttpRequest.BodyPublishers.noBody()));
            assertJsonError(r, 405, "method_not_allowed");
            assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""), method);
        }
        HttpResponse<String> get = send(get("/api/documents"));
        assertJsonError(get, 405, "method_not_allowed");
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void aMalformedEscapeIsA400NeverADroppedFilter() throws Exception {
        // java.net.URI refuses to build these, so they go over a plain socket, as a browser or curl sends them
        for (String path : new String[] {"/api/search?q=budget&from=2024-01-01%", "/api/search?q=%ZZbudget"}) {
            String[] raw = raw("GET " + path + " HTTP/1.1");
            assertEquals("400", raw[0], path);
            assertEquals("malformed_query", JSON.readTree(raw[1]).get("error").asText(), path);
        }
        assertJsonError(send(get("/api/search?q=%C3%28")), 400, "malformed_query");
        assertEquals(200, send(get("/api/search?q=%C3%B8konomi")).statusCode(), "a well-formed escape (ø) is fine");
    }

    @Test
    void messagesNameTheParameterInWords() throws Exception {
        JsonNode date = assertJsonError(send(get("/api/search?q=budget&from=2024-13-45")), 400, "invalid_parameter");
        assertTrue(date.get("message").asText().startsWith("Fra-datoen ('from') skal være en dato"), date.toString());
        JsonNode size = assertJsonError(send(get("/api/search?q=budget&size=0")), 400, "invalid_parameter");
        assertTrue(size.get("message").asText().startsWith("Antallet pr. side ('size')"), size.toString());
    }

    @Test
    void unknownAddresses() throws Exception {
        JsonNode api = assertJsonError(send(get("/api/findes-ikke")), 404, "not_found");
        assertTrue(api.get("message").asText().startsWith("Adressen findes ikke"), api.toString());
        HttpResponse<String> page = send(get("/findes-ikke"));
        assertEquals(404, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("Siden findes ikke") && page.body().contains("href=\"/\""), page.body());
        assertFalse(page.body().contains("Not Found"));
    }

    @Test
    void overloadIsAFast503WithRetryAfter() throws Exception {
        Javalin full = WebApp.create(server.archive()::services, Path.of("web"), DocumentsController.DISABLED,
                new Admission(0, 0, 0)).start(0);
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + full.port() + "/api/search?q=budget")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertJsonError(r, 503, "busy");
            assertEquals("1", r.headers().firstValue("Retry-After").orElse(""));
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + full.port() + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), "cheap endpoints are not gated");
        } finally {
            full.stop();
        }
    }

    private static JsonNode assertJsonError(HttpResponse<String> r, int status, String code) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
        JsonNode json = JSON.readTree(r.body());
        assertEquals(code, json.get("error").asText(), r.body());
        assertFalse(json.get("message").asText().isBlank());
        assertFalse(json.get("message").asText().contains("Exception"), r.body());
        return json;
    }

    /** Status code and body of a request line sent as written. */
    private static String[] raw(String requestLine) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", server.port())) {
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String status = response.substring(response.indexOf(' ') + 1, response.indexOf(' ') + 4);
            return new String[] {status, response.substring(response.indexOf("\r\n\r\n") + 4)};
        }
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private static HttpRequest.Builder head(String path) {
        return HttpRequest.newBuilder(uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return server.uri(path);
    }
}
