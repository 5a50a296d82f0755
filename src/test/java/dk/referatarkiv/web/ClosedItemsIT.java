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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A closed item whose text the minutes publish anyway: its title is public, its text appears nowhere the API
 * serves (search, items, answers, persons, entities, exports).
 */
class ClosedItemsIT {

    private static final String MEETING = "oekonomiudvalget-2024-05-14";
    /** Words only the closed item's text holds. */
    private static final List<String> SECRETS = List.of("Fjordhøj", "fortrolig", "skødet", "4,3 mio");

    @TempDir
    static Path tmp;
    private static ArchiveServer server;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        server = ArchiveServer.start(TestData.corpusWith(tmp.resolve("corpus"), "fixtures/closed/lukket.txt"), tmp);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void theTitleIsPublicAndMarkedClosed() throws Exception {
        JsonNode meeting = get("/api/meetings/" + MEETING);
        JsonNode item = meeting.get("items").get(1);
        assertEquals("Salg af grunden ved Kirsebærvej", item.get("title").asText().replaceFirst("^Lukket punkt: ", ""));
        assertTrue(item.get("closed").asBoolean());
        JsonNode detail = get("/api/meetings/" + MEETING + "/items/2");
        assertTrue(detail.get("closed").asBoolean());
        assertEquals(0, detail.get("sections").size());
        assertEquals("", detail.get("recommender").asText());
        assertEquals(1, get("/api/search?q=" + enc("Kirsebærvej")).get("total").asInt(), "the title is searchable");
    }

    @Test
    void theTextAppearsNowhere() throws Exception {
        for (String secret : SECRETS) {
            assertEquals(0, get("/api/search?q=" + enc("\"" + secret + "\"")).get("total").asInt(), secret);
        }
        for (String path : List.of("/api/meetings/" + MEETING, "/api/meetings/" + MEETING + "/items/2",
                "/api/persons", "/api/roles?role=" + enc("køber"), "/api/entities?type=PERSON", "/api/export/popolo",
                "/api/ask?q=" + enc("Hvem har budt på grunden ved Kirsebærvej?"),
                "/api/ask?q=" + enc("Hvor meget har Morten Fjordhøj budt?"))) {
            String body = raw(path);
            if (path.startsWith("/api/ask")) {
                // the answer repeats the question as asked; what the archive adds must not hold the text
                com.fasterxml.jackson.databind.node.ObjectNode answer = (com.fasterxml.jackson.databind.node.ObjectNode)
                        JSON.readTree(body);
                answer.remove("question");
                body = answer.toString();
            }
            for (String secret : SECRETS) {
                assertFalse(body.contains(secret), path + " shows '" + secret + "'");
            }
        }
    }

    @Test
    void theOpenItemOfTheSameMeetingIsServedInFull() throws Exception {
        JsonNode detail = get("/api/meetings/" + MEETING + "/items/1");
        assertFalse(detail.get("closed").asBoolean());
        assertEquals("Godkendt.", detail.get("sections").get(0).get("text").asText());
    }

    private static JsonNode get(String path) throws Exception {
        return JSON.readTree(raw(path));
    }

    private static String raw(String path) throws Exception {
        HttpResponse<String> r = server.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
