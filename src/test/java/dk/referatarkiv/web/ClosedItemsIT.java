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
 * serves (search, items, answers, persons, entities, exports, feeds), except the item API for a request with the
 * closed-items token (issue 13 point 5). The server runs with that token configured, so every request without it
 * shows the default.
 */
class ClosedItemsIT {

    private static final String MEETING = "oekonomiudvalget-2024-05-14";
    /** Words only the closed item's text holds; "Vrimmelstorp" is made up and in no dictionary. */
    private static final List<String> SECRETS = List.of("Fjordhøj", "fortrolig", "skødet", "4,3 mio", "Vrimmelstorp");
    private static final String TOKEN = "lukket-test-token-0123456789";
    private static final String ITEM = "/api/meetings/" + MEETING + "/items/2";
    /** Everywhere the text could leak, besides the item API itself. */
    private static final List<String> ELSEWHERE = List.of("/api/meetings/" + MEETING, "/api/meetings/" + MEETING
                    + "/items/1", "/api/persons", "/api/roles?role=" + enc("køber"), "/api/entities?type=PERSON",
            "/api/export/popolo", "/api/meetings/" + MEETING + "/items/2/similar", "/api/search?q=" + enc("Kirsebærvej"), "/api/search?q=Vrimmelstorp",
            "/api/export/search.csv?q=" + enc("Kirsebærvej"), "/api/export/search.json?q=" + enc("Kirsebærvej"),
            "/api/export/search.csv?q=Vrimmelstorp", "/api/export/search.json?q=Vrimmelstorp",
            "/feed?q=" + enc("Kirsebærvej"), "/feed?organ=" + enc("Økonomiudvalget"),
            "/api/ask?q=" + enc("Hvem har budt på grunden ved Kirsebærvej?"),
            "/api/ask?q=" + enc("Hvor meget har Morten Fjordhøj budt?"),
            "/api/ask?q=" + enc("Hvad siger Vrimmelstorp-aftalen?"));

    @TempDir
    static Path tmp;
    private static ArchiveServer server;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        server = ArchiveServer.start(TestData.corpusWith(tmp.resolve("corpus"), "fixtures/closed/lukket.txt"), tmp,
                new ClosedItemAccess(TOKEN));
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
        assertNoSecret(ITEM, raw(ITEM));
        assertFalse(get(ITEM).has("closedText"), "without the token the item is as it always was");
        for (String path : ELSEWHERE) {
            assertNoSecret(path, raw(path));
        }
    }

    @Test
    void theItemApiServesTheTextWithTheToken() throws Exception {
        HttpResponse<String> r = server.send(request(ITEM).header("Authorization", "Bearer " + TOKEN));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode detail = JSON.readTree(r.body());
        assertTrue(detail.get("closed").asBoolean());
        assertTrue(detail.get("closedText").asText().contains("Vrimmelstorp-aftalen"), r.body());
        assertTrue(detail.get("closedText").asText().startsWith("Sagsfremstilling\nKøberen Morten Fjordhøj"), r.body());
        assertEquals(0, detail.get("sections").size(), "the text is not turned back into sections");
        assertEquals(0, detail.get("entities").size(), "the text was never mined");
        assertEquals("private, no-store", r.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Authorization")));
    }

    @Test
    void theTokenOpensNothingButTheItem() throws Exception {
        for (String path : ELSEWHERE) {
            HttpResponse<String> r = server.send(request(path).header("Authorization", "Bearer " + TOKEN));
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            assertNoSecret(path + " with the token", withoutQuestion(path, r.body()));
        }
        HttpResponse<String> search = server.send(request("/api/search?q=Vrimmelstorp")
                .header("Authorization", "Bearer " + TOKEN));
        assertEquals(0, JSON.readTree(search.body()).get("total").asInt(), "the text is not searchable with the token");
        // the feed repeats its query in its title and links, so here only its entries count
        HttpResponse<String> feed = server.send(request("/feed?q=Vrimmelstorp").header("Authorization", "Bearer " + TOKEN));
        assertEquals(200, feed.statusCode());
        assertFalse(feed.body().contains("<entry"), feed.body());
    }

    @Test
    void aWrongTokenIsRefused() throws Exception {
        for (String header : List.of("Bearer " + TOKEN + "x", "Bearer lukket-test-token", "Basic " + TOKEN,
                "Bearer ")) {
            HttpResponse<String> r = server.send(request(ITEM).header("Authorization", header));
            assertEquals(401, r.statusCode(), header + ": " + r.body());
            JsonNode error = JSON.readTree(r.body());
            assertEquals("unauthorized", error.get("error").asText());
            assertTrue(error.get("message").asText().contains("lukkede punkter"), r.body());
            assertNoSecret(header, r.body());
        }
    }

    /** The default: a server without a closed-items token serves the text to nobody and ignores any token sent. */
    @Test
    void withoutAConfiguredTokenNobodyReadsTheText(@TempDir Path other) throws Exception {
        try (ArchiveServer strict = ArchiveServer.start(TestData.corpusWith(other.resolve("corpus"),
                "fixtures/closed/lukket.txt"), other)) {
            for (String header : List.of("Bearer " + TOKEN, "Bearer wrong-token-0123456789")) {
                HttpResponse<String> r = strict.send(java.net.http.HttpRequest.newBuilder(strict.uri(ITEM))
                        .header("Authorization", header));
                assertEquals(200, r.statusCode(), r.body());
                assertFalse(JSON.readTree(r.body()).has("closedText"), r.body());
                assertNoSecret(header, r.body());
            }
        }
    }

    /**
     * Both tokens set: the reader token reads the archive but not closed text (and is no wrong closed-items token);
     * the closed-items token reads both, without a second token for the rest of the archive.
     */
    @Test
    void withAReaderTokenTooEachTokenReadsWhatItMay(@TempDir Path other) throws Exception {
        String reader = "laeser-test-token-0123456789";
        try (ArchiveServer both = ArchiveServer.start(TestData.corpusWith(other.resolve("corpus"),
                "fixtures/closed/lukket.txt"), other, new ReaderAccess(reader, TOKEN), new ClosedItemAccess(TOKEN,
                new ReaderAccess(reader, TOKEN)))) {
            assertEquals(401, both.get(ITEM).statusCode(), "no token at all");
            HttpResponse<String> asReader = both.send(java.net.http.HttpRequest.newBuilder(both.uri(ITEM))
                    .header("Authorization", "Bearer " + reader));
            assertEquals(200, asReader.statusCode(), asReader.body());
            assertFalse(JSON.readTree(asReader.body()).has("closedText"), asReader.body());
            assertNoSecret("reader token", asReader.body());
            HttpResponse<String> asClosed = both.send(java.net.http.HttpRequest.newBuilder(both.uri(ITEM))
                    .header("Authorization", "Bearer " + TOKEN));
            assertEquals(200, asClosed.statusCode(), asClosed.body());
            assertTrue(JSON.readTree(asClosed.body()).has("closedText"), asClosed.body());
            assertEquals(200, both.send(java.net.http.HttpRequest.newBuilder(both.uri("/api/search?q=budget"))
                    .header("Authorization", "Bearer " + TOKEN)).statusCode(), "a closed-items reader reads the rest");
        }
    }

    @Test
    void theSourceFileIsWithheldUnlessTheRequestCarriesTheClosedItemsToken() throws Exception {
        String source = "/api/meetings/" + MEETING + "/source";
        HttpResponse<String> plain = server.get(source);
        assertEquals(403, plain.statusCode(), plain.body());
        assertEquals("source_has_closed_items", JSON.readTree(plain.body()).get("error").asText());
        assertNoSecret(source, plain.body());
        HttpResponse<String> withToken = server.send(request(source).header("Authorization", "Bearer " + TOKEN));
        assertEquals(200, withToken.statusCode());
        assertTrue(withToken.body().contains("Vrimmelstorp"), "the file as published, closed text included");
        assertEquals("private, no-store", withToken.headers().firstValue("Cache-Control").orElse(""));
    }

    private static void assertNoSecret(String where, String body) throws Exception {
        for (String secret : SECRETS) {
            assertFalse(body.contains(secret), where + " shows '" + secret + "'");
        }
    }

    /** The answer repeats the question as asked; what the archive adds must not hold the text. */
    private static String withoutQuestion(String path, String body) throws Exception {
        if (!path.startsWith("/api/ask")) {
            return body;
        }
        com.fasterxml.jackson.databind.node.ObjectNode answer =
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(body);
        answer.remove("question");
        return answer.toString();
    }

    private static java.net.http.HttpRequest.Builder request(String path) {
        return java.net.http.HttpRequest.newBuilder(server.uri(path));
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

    /** The body of a GET without a token; an answer without the question it repeats. */
    private static String raw(String path) throws Exception {
        HttpResponse<String> r = server.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return withoutQuestion(path, r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
