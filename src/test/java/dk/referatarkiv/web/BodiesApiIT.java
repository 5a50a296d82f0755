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
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bodies over HTTP, against a real server on a random port, over invented minutes: Egeskov's Økonomiudvalget
 * (four meetings and a change of chair; {@code fixtures/members/}, {@code fixtures/bodies/}) and Byrådet, and Solby's
 * Økonomiudvalget ({@code fixtures/facets/}), a body of the same name in another municipality.
 */
class BodiesApiIT {

    private static final String[] FIXTURES = {"fixtures/members/egeskov-oekonomiudvalget-2024-01-10.txt",
            "fixtures/members/egeskov-oekonomiudvalget-2024-02-14.txt", "fixtures/members/egeskov-oekonomiudvalget-2024-03-13.txt",
            "fixtures/members/egeskov-byraadet-2024-01-29.txt", "fixtures/bodies/egeskov-oekonomiudvalget-2024-04-10.txt",
            "fixtures/facets/solby-2023-03-14.txt", "fixtures/facets/solby-2023-04-18.txt"};

    @TempDir
    static Path tmp;
    private static ArchiveServer server;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        server = ArchiveServer.start(TestData.corpusOf(tmp.resolve("corpus"), FIXTURES), tmp);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void theListHasEachBodyOncePerMunicipality() throws Exception {
        JsonNode page = get("/api/bodies", 200);
        assertEquals(3, page.get("total").asInt());
        List<String> rows = new ArrayList<>();
        for (JsonNode b : page.get("bodies")) {
            rows.add(String.join(" | ", b.get("id").asText(), b.get("name").asText(), b.get("municipality").asText(),
                    b.get("meetingCount").asText(), b.get("firstMeeting").asText(), b.get("lastMeeting").asText()));
        }
        assertEquals(List.of("egeskov-byraadet | Byrådet | Egeskov | 1 | 2024-01-29 | 2024-01-29",
                "egeskov-oekonomiudvalget | Økonomiudvalget | Egeskov | 4 | 2024-01-10 | 2024-04-10",
                "solby-oekonomiudvalget | Økonomiudvalget | Solby | 2 | 2023-03-14 | 2023-04-18"), rows,
                "by municipality, then name; the same name in two municipalities gives two ids");
        JsonNode second = get("/api/bodies?size=2&page=2", 200);
        assertEquals(3, second.get("total").asInt());
        assertEquals("solby-oekonomiudvalget", second.get("bodies").get(0).get("id").asText());
    }

    @Test
    void theDetailHasMeetingsNewestFirstMembersOverTimeAndTheChairs() throws Exception {
        JsonNode body = get("/api/bodies/egeskov-oekonomiudvalget", 200);
        assertEquals("Økonomiudvalget", body.get("name").asText());
        assertEquals("Egeskov", body.get("municipality").asText());
        List<String> meetings = new ArrayList<>();
        body.get("meetings").forEach(m -> meetings.add(m.get("id").asText() + " " + m.get("date").asText() + " "
                + m.get("itemCount").asInt()));
        assertEquals(List.of("egeskov-oekonomiudvalget-2024-04-10 2024-04-10 2",
                "egeskov-oekonomiudvalget-2024-03-13 2024-03-13 1", "egeskov-oekonomiudvalget-2024-02-14 2024-02-14 1",
                "egeskov-oekonomiudvalget-2024-01-10 2024-01-10 1"), meetings);

        List<String> members = new ArrayList<>();
        body.get("members").forEach(m -> members.add(String.join(" ", m.get("person").get("id").asText(),
                m.get("person").get("name").asText(), m.get("role").asText(), m.get("party").asText(),
                m.get("from").asText(), m.get("to").asText(), m.get("meetings").asText(), m.get("absences").asText())));
        assertTrue(members.contains("jens-hansen Jens Hansen formand A 2024-01-10 2024-03-13 3 1"), members.toString());
        assertTrue(members.contains("jens-hansen Jens Hansen medlem A 2024-04-10 2024-04-10 1 0"), members.toString());
        assertTrue(members.contains("lise-kjaer Lise Kjær medlem C 2024-01-10 2024-04-10 4 1"), members.toString());
        assertTrue(members.contains("soeren-ravn Søren Ravn stedfortræder C 2024-01-10 2024-01-10 1 0"),
                members.toString());
        assertFalse(members.stream().anyMatch(m -> m.startsWith("bo-lind")), "the protocol keeper is no member");
        List<String> starts = new ArrayList<>();
        body.get("members").forEach(m -> starts.add(m.get("from").asText()));
        assertEquals(starts.stream().sorted().toList(), starts, "oldest first");
        JsonNode jens = body.get("members").get(0);
        assertEquals("Socialdemokratiet", jens.get("partyName").asText());

        JsonNode chairs = body.get("chairs");
        assertEquals(2, chairs.size(), chairs.toString());
        assertChair(chairs.get(0), "jens-hansen", "Jens Hansen", "2024-01-10", "2024-03-13", false);
        assertChair(chairs.get(1), "mette-friis", "Mette Friis", "2024-04-10", "2024-04-10", true);

        JsonNode solby = get("/api/bodies/solby-oekonomiudvalget", 200);
        assertEquals("Solby", solby.get("municipality").asText());
        assertEquals(0, solby.get("chairs").size());
        assertFalse(solby.get("members").isEmpty());
        for (JsonNode m : solby.get("members")) {
            assertFalse(m.get("person").get("id").asText().equals("jens-hansen"), "Egeskov's members stay in Egeskov");
        }
    }

    @Test
    void aMeetingNamesItsBodysId() throws Exception {
        assertEquals("egeskov-oekonomiudvalget",
                get("/api/meetings/egeskov-oekonomiudvalget-2024-04-10", 200).get("bodyId").asText());
        for (JsonNode m : get("/api/meetings", 200).get("meetings")) {
            String id = m.get("id").asText();
            assertEquals(id.substring(0, id.length() - "-2024-01-10".length()), m.get("bodyId").asText(), id);
        }
    }

    @Test
    void anUnknownBodyIsA404InDanish() throws Exception {
        JsonNode error = get("/api/bodies/oekonomiudvalget", 404);
        assertEquals("unknown_body", error.get("error").asText());
        assertEquals("Der findes intet organ med id 'oekonomiudvalget'.", error.get("message").asText());
        HttpResponse<String> post = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/bodies"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, post.statusCode(), post.body());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
    }

    private static void assertChair(JsonNode chair, String id, String name, String from, String to, boolean current) {
        String s = chair.toString();
        assertEquals(id, chair.get("person").get("id").asText(), s);
        assertEquals(name, chair.get("person").get("name").asText(), s);
        assertEquals(from, chair.get("from").asText(), s);
        assertEquals(to, chair.get("to").asText(), s);
        assertEquals(current, chair.get("current").asBoolean(), s);
    }

    private static JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return JSON.readTree(response.body());
    }
}
