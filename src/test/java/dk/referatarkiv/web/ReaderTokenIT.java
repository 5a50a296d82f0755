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
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A server started with a reader token: archive data only with the token, the pages and health without. */
class ReaderTokenIT {

    private static final String TOKEN = "laesetoken-til-test-0123456789";
    /** Every kind of archive data the server gives. */
    private static final List<String> DATA = List.of("/api/search?q=budget", "/api/ask?q=Hvem+leder+netværket",
            "/api/meetings", "/api/persons", "/api/persons/henrik-harder", "/api/persons/henrik-harder/roles",
            "/api/persons/henrik-harder/activities", "/api/persons/henrik-harder/mentions", "/api/entities?type=PERSON", "/api/export/popolo",
            "/api/export/search.csv?q=budget", "/feed?q=budget", "/api/meetings/nope", "/api/bodies", "/api/bodies/chefforum",
            "/api/bodies/nope");

    @TempDir
    static Path tmp;
    private static ArchiveServer server;

    @BeforeAll
    static void start() throws IOException {
        server = ArchiveServer.start(TestData.CORPUS, tmp, new ReaderAccess(TOKEN));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void withoutTheTokenEveryKindOfArchiveDataIsRefusedWithDanishJson() throws Exception {
        for (String path : DATA) {
            HttpResponse<String> response = server.get(path);
            assertEquals(401, response.statusCode(), path);
            JsonNode body = new ObjectMapper().readTree(response.body());
            assertEquals("reader_token_required", body.get("error").asText(), path);
            assertTrue(body.get("message").asText().contains("læsetoken"), path);
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), path);
        }
    }

    @Test
    void aWrongTokenIsRefusedToo() throws Exception {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/api/search?q=budget"))
                .header("Authorization", "Bearer " + TOKEN + "x"));
        assertEquals(401, response.statusCode());
    }

    @Test
    void theTokenAsBearerOrCookieOpensTheArchive() throws Exception {
        for (String path : DATA) {
            int expected = path.endsWith("/nope") ? 404 : 200;
            assertEquals(expected, server.send(HttpRequest.newBuilder(server.uri(path))
                    .header("Authorization", "Bearer " + TOKEN)).statusCode(), path);
        }
        assertEquals(200, server.send(HttpRequest.newBuilder(server.uri("/api/search?q=budget"))
                .header("Cookie", ReaderAccess.COOKIE + "=" + java.net.URLEncoder.encode(TOKEN,
                        java.nio.charset.StandardCharsets.UTF_8))).statusCode());
    }

    @Test
    void pagesScriptsAndHealthNeedNoToken() throws Exception {
        for (String path : List.of("/", "/moeder", "/personer", "/organer", "/organ/chefforum", "/js/api.js", "/style.css", "/api/health")) {
            assertEquals(200, server.get(path).statusCode(), path);
        }
    }
}
