package dk.referatarkiv.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referatarkiv.testing.ArchiveServer;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every API endpoint × every parameter × malformed values, and every endpoint with every method: no 5xx, and every
 * error under {@code /api} is JSON {@code {error, message}} with a Danish message that names no Java internals.
 */
class BadInputSweepIT {

    /** Endpoints with the parameters they read. */
    private static final List<String> SEARCH_PARAMETERS = List.of("q", "from", "to", "section", "person", "unit",
            "budgetYear", "kommune", "organ", "parti", "journal", "minAmount", "maxAmount", "sort", "size", "page");
    private static final Map<String, List<String>> ENDPOINTS = Map.ofEntries(
            Map.entry("/api/search", SEARCH_PARAMETERS),
            Map.entry("/api/ask", List.of("q")),
            Map.entry("/api/meetings", List.of("page", "size")),
            Map.entry("/api/persons", List.of("q", "page", "size")),
            Map.entry("/api/bodies", List.of("page", "size")),
            Map.entry("/api/bodies/chefforum", List.of()),
            Map.entry("/api/roles", List.of("role", "at", "page", "size")),
            Map.entry("/api/entities", List.of("type", "q", "page", "size")),
            Map.entry("/api/persons/henrik-harder", List.of()),
            Map.entry("/api/persons/henrik-harder/roles", List.of("page", "size")),
            Map.entry("/api/persons/henrik-harder/activities", List.of("page", "size")),
            Map.entry("/api/persons/henrik-harder/mentions", List.of("page", "size")),
            Map.entry("/api/meetings/chefforum-2024-11-20", List.of()),
            Map.entry("/api/meetings/chefforum-2024-11-20/items/1", List.of()),
            Map.entry("/api/meetings/chefforum-2024-11-20/items/1/similar", List.of()),
            Map.entry("/api/meetings/chefforum-2024-11-20/source", List.of()),
            Map.entry("/api/export/popolo", List.of("page")),
            Map.entry("/api/export/search.csv", SEARCH_PARAMETERS),
            Map.entry("/api/export/search.json", SEARCH_PARAMETERS),
            Map.entry("/feed", SEARCH_PARAMETERS),
            Map.entry("/kalender.ics", List.of("organ", "kommune")));
    private static final List<String> BAD_VALUES = List.of("", " ", "-1", "0", "abc", "99999999999999999999",
            "2024-13-45", "\u0000", "<script>alert(1)</script>", "'", "\"", "a".repeat(1200), "ÆØÅ", "null", "1e309",
            "NaN", "[]", "{}", "%", "../../etc/passwd", "2024-02-30", "-0", "1.5");
    private static final List<String> PATHS = List.of("/api/meetings/nope", "/api/meetings/chefforum-2024-11-20/items/x",
            "/api/meetings/chefforum-2024-11-20/items/99999999999", "/api/meetings/chefforum-2024-11-20/items/-1",
            "/api/persons/nope", "/api/persons/nope/roles", "/api/persons/nope/activities", "/api/persons/nope/mentions",
            "/api/persons/henrik-harder/nope", "/api/bodies/nope", "/api/meetings/%20", "/api/meetings/nope/source",
            "/api/meetings/%2e%2e/source", "/api/meetings/chefforum-2024-11-20/items/1/similar/x");

    @TempDir
    static Path tmp;
    private static ArchiveServer server;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        server = ArchiveServer.start(TestData.corpusWith(tmp.resolve("corpus")), tmp);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void noServerErrorAndEveryErrorIsJson() throws Exception {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, List<String>> endpoint : ENDPOINTS.entrySet()) {
            for (String parameter : endpoint.getValue()) {
                for (String value : BAD_VALUES) {
                    String path = endpoint.getKey() + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)
                            + (endpoint.getKey().equals("/api/roles") && !parameter.equals("role") ? "&role=formand" : "");
                    for (String method : List.of("GET", "HEAD")) {
                        check(method, path, failures);
                        sent++;
                    }
                }
            }
            for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
                check(method, endpoint.getKey(), failures);
                sent++;
            }
        }
        for (String path : PATHS) {
            for (String method : List.of("GET", "HEAD", "POST")) {
                check(method, path, failures);
                sent++;
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(sent >= 1000, "the sweep sent " + sent + " requests");
    }

    private static void check(String method, String path, List<String> failures) throws Exception {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri(path))
                .method(method, HttpRequest.BodyPublishers.noBody()));
        int status = r.statusCode();
        String where = method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path) + " → " + status;
        if (status >= 500) {
            failures.add(where + ": " + r.body());
            return;
        }
        if (status < 400 || method.equals("HEAD") || method.equals("OPTIONS") && status == 204) {
            return;
        }
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/json")) {
            failures.add(where + ": not JSON (" + type + ")");
            return;
        }
        JsonNode json = JSON.readTree(r.body());
        String message = json.path("message").asText("");
        if (!json.has("error") || message.isBlank() || message.contains("Exception") || message.contains("java.")
                || message.startsWith("Endpoint ")) {
            failures.add(where + ": " + r.body());
        }
    }
}
