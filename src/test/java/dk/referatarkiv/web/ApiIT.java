package dk.referatarkiv.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.testing.TestData;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP API against a real server on a random port, over the real corpus plus an escaping fixture. */
class ApiIT {

    @TempDir
    static Path tmp;
    private static OpenArchive archive;
    private static Javalin app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        Path corpusDir = TestData.corpusWith(tmp.resolve("corpus"), "fixtures/search/script.txt");
        archive = TestData.openArchive(corpusDir, tmp.resolve("index"), true);
        app = WebApp.create(new WebApp.Services(archive.corpus(), archive.entities(), archive.people(), archive.index(),
                archive.searcher(), archive.answerer()), Path.of("web")).start(0);
    }

    @AfterAll
    static void stop() throws IOException {
        app.stop();
        archive.close();
    }

    @Test
    void searchReturnsRankedHighlightedHits() throws Exception {
        Response r = get("/api/search?q=" + enc("netværk"));
        assertEquals(200, r.status);
        assertTrue(r.json.get("total").asInt() >= 2);
        assertTrue(r.json.get("tookMs").isNumber());
        JsonNode first = r.json.get("hits").get(0);
        assertEquals("chefforum-2017-05-02", first.get("meetingId").asText());
        assertEquals(3, first.get("item").asInt());
        for (String field : new String[]{"meetingDate", "body", "title", "journalNumber", "section", "snippet", "score"}) {
            assertTrue(first.has(field), field);
        }
        assertTrue(first.get("snippet").asText().contains("<mark>"));
    }

    @Test
    void corpusMarkupIsEscapedInSnippets() throws Exception {
        Response r = get("/api/search?q=" + enc("skriptmærket"));
        assertEquals(1, r.json.get("total").asInt());
        String snippet = r.json.get("hits").get(0).get("snippet").asText();
        assertFalse(snippet.contains("<script"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
        assertTrue(snippet.contains("<mark>skriptmærket</mark>"), snippet);
        assertTrue(snippet.contains("&amp;"), snippet);
        // Titles are plain JSON text: the client escapes them.
        assertEquals("Test af <script>alert('titel')</script> escaping", r.json.get("hits").get(0).get("title").asText());
    }

    @Test
    void filtersSortAndPaging() throws Exception {
        Response r = get("/api/search?q=chefforum&from=2024-01-01&to=2024-06-30&sort=date&size=3&page=2");
        assertEquals(200, r.status);
        assertEquals(3, r.json.get("hits").size());
        for (JsonNode hit : r.json.get("hits")) {
            String date = hit.get("meetingDate").asText();
            assertTrue(date.compareTo("2024-01-01") >= 0 && date.compareTo("2024-06-30") <= 0, date);
        }
        Response decisions = get("/api/search?q=Prioriteringsspillet&section=beslutning");
        assertEquals(1, decisions.json.get("total").asInt());
        Response listing = get("/api/search?from=2017-01-01&to=2017-12-31&size=100");
        assertEquals(7, listing.json.get("total").asInt());
    }

    @Test
    void entityFiltersAndFacets() throws Exception {
        Response r = get("/api/search?budgetYear=2025&size=50");
        assertEquals(200, r.status, r.body);
        java.util.Set<String> items = new java.util.TreeSet<>();
        r.json.get("hits").forEach(h -> items.add(h.get("meetingDate").asText() + "#" + h.get("item").asInt()));
        assertEquals(java.util.Set.of("2024-01-17#4", "2024-02-14#2", "2024-11-20#2", "2024-11-20#3"), items);
        JsonNode facets = r.json.get("facets");
        for (String dim : new String[]{"person", "unit", "budgetYear", "year", "section"}) {
            assertTrue(facets.has(dim), dim);
        }
        assertEquals("2025", facets.get("budgetYear").get(0).get("value").asText());
        assertEquals("Budget 2025", facets.get("budgetYear").get(0).get("label").asText());
        assertEquals(4, facets.get("budgetYear").get(0).get("count").asInt());

        Response person = get("/api/search?person=kristina-koch-sloth");
        assertEquals(1, person.json.get("total").asInt());
        assertEquals(3, person.json.get("hits").get(0).get("item").asInt());
        Response people = get("/api/search?q=referenceleder");
        JsonNode personFacet = people.json.get("facets").get("person");
        assertTrue(personFacet.toString().contains("\"label\":\"Kristina Koch Sloth\""), personFacet.toString());

        Response amount = get("/api/search?minAmount=30000000&maxAmount=40000000");
        assertEquals(1, amount.json.get("total").asInt());
        assertEquals("2024-02-14", amount.json.get("hits").get(0).get("meetingDate").asText());
        assertEquals(0, get("/api/search?q=budget&unit=" + enc("Findes ikke")).json.get("total").asInt());
    }

    @Test
    void itemEntitiesAndEntityLists() throws Exception {
        Response item = get("/api/meetings/chefforum-2017-05-02/items/6");
        JsonNode entities = item.json.get("entities");
        assertTrue(entities.size() >= 5);
        boolean merete = false;
        boolean june = false;
        for (JsonNode e : entities) {
            merete |= e.get("type").asText().equals("PERSON") && e.get("value").asText().equals("merete-loekkegard");
            june |= e.get("type").asText().equals("DATE") && e.get("value").asText().equals("2017-06-01");
        }
        assertTrue(merete && june, entities.toString());
        Response persons = get("/api/entities?type=PERSON");
        assertTrue(persons.json.get("total").asInt() >= 19, persons.body);
        assertTrue(persons.json.get("entities").size() >= 19, persons.body);
        assertTrue(persons.body.contains("\"label\":\"Henrik Harder\""));
        assertEquals(200, get("/api/entities?type=budget_year").status);
        assertError(get("/api/entities?type=SHOES"), 400, "invalid_parameter");
        assertError(get("/api/search?q=budget&minAmount=mange"), 400, "invalid_parameter");
        assertError(get("/api/search?q=budget&budgetYear=x"), 400, "invalid_parameter");
    }

    @Test
    void rolesAtADate() throws Exception {
        Response before = get("/api/roles?role=referenceleder&organisation=" + enc("Ensomme ældre") + "&at=2017-04-01");
        assertEquals(200, before.status, before.body);
        assertEquals(1, before.json.get("holders").size());
        assertEquals("Ida Byrge Sørensen", before.json.get("holders").get(0).get("person").get("name").asText());
        Response after = get("/api/roles?role=referenceleder&organisation=" + enc("Ensomme ældre") + "&at=2017-06-01");
        JsonNode kristina = after.json.get("holders").get(0);
        assertEquals("kristina-koch-sloth", kristina.get("person").get("id").asText());
        assertEquals("temporary", kristina.get("status").asText());
        assertEquals("2017-05-02", kristina.get("validFrom").asText());
        assertEquals("chefforum-2017-05-02", kristina.get("evidence").get("meetingId").asText());
        assertEquals(3, kristina.get("evidence").get("item").asInt());
        assertTrue(after.json.get("history").size() >= 2);
        assertEquals("Merete Løkkegard", get("/api/roles?role=dagtilbudschef&at=2017-06-01").json.get("holders").get(0)
                .get("person").get("name").asText());
        assertEquals("Henrik Harder", get("/api/roles?role=Kommunaldirektør&at=2024-11-20").json.get("holders").get(0)
                .get("person").get("name").asText());
        assertError(get("/api/roles?role=referenceleder&at=1.4.2017"), 400, "invalid_parameter");
        assertError(get("/api/roles"), 400, "missing_parameter");
    }

    @Test
    void personsAndPopolo() throws Exception {
        Response list = get("/api/persons?q=" + enc("gehlert"));
        assertEquals(1, list.json.get("total").asInt());
        assertEquals(1, list.json.get("persons").size());
        JsonNode helle = list.json.get("persons").get(0);
        assertEquals("helle-wagner-gehlert", helle.get("id").asText());
        assertEquals("Helle Gehlert", helle.get("aliases").get(0).asText());
        assertTrue(helle.get("mentions").asInt() >= 1);
        Response detail = get("/api/persons/kristina-koch-sloth");
        assertEquals(200, detail.status);
        assertEquals("referenceleder", detail.json.get("roles").get("roles").get(0).get("role").asText());
        assertTrue(detail.json.get("mentions").get("mentions").get(0).get("text").asText().contains("Kristina Koch Sloth"));
        Response anne = get("/api/persons/anne-arvel");
        assertEquals("præsentere", anne.json.get("activities").get("activities").get(0).get("verb").asText());
        assertError(get("/api/persons/nobody-at-all"), 404, "unknown_person");
        Response popolo = get("/api/export/popolo");
        for (String key : new String[]{"persons", "organizations", "posts", "memberships"}) {
            assertTrue(popolo.json.get(key).size() > 0, key);
        }
        assertTrue(popolo.body.contains("\"start_date\":\"2017-05-02\""));
    }

    /** The list names each current role once, though the archive asserts it in several sentences (issue 14 point 3). */
    @Test
    void thePersonListGivesEachCurrentRoleOnce() throws Exception {
        int assertedMoreThanOnce = 0;
        for (JsonNode person : get("/api/persons?size=100").json.get("persons")) {
            java.util.Set<String> posts = new java.util.HashSet<>();
            for (JsonNode role : person.get("currentRoles")) {
                String post = role.get("role").asText() + "|" + role.path("organisation").asText();
                assertTrue(posts.add(post), person.get("id").asText() + " lists " + post + " twice");
            }
            java.util.Set<String> open = new java.util.HashSet<>();
            for (JsonNode role : get("/api/persons/" + person.get("id").asText() + "/roles?size=500").json.get("roles")) {
                if (role.get("validTo").isNull() && !role.get("status").asText().equals("former")
                        && !open.add(role.get("role").asText() + "|" + role.path("organisation").asText())) {
                    assertedMoreThanOnce++;
                }
            }
            assertEquals(open, posts, person.get("id").asText() + ": every open role, once");
        }
        assertTrue(assertedMoreThanOnce > 0, "the corpus has a role asserted twice, so the check can fail");
    }

    @Test
    void askAnswersWithEvidence() throws Exception {
        Response r = get("/api/ask?q=" + enc("Hvem leder netværket Ensomme ældre?"));
        assertEquals(200, r.status, r.body);
        assertEquals("PERSON", r.json.get("answerType").asText());
        assertTrue(r.json.get("answer").asText().startsWith("Kristina Koch Sloth"), r.body);
        assertTrue(r.json.get("confidence").asDouble() > 0.5);
        JsonNode first = r.json.get("evidence").get(0);
        assertEquals("chefforum-2017-05-02", first.get("meetingId").asText());
        assertEquals("2017-05-02", first.get("meetingDate").asText());
        assertEquals(3, first.get("item").asInt());
        for (String field : new String[]{"title", "section", "text", "start", "end"}) {
            assertTrue(first.has(field), field);
        }
        assertTrue(first.get("text").asText().contains("Kristina Koch Sloth"));
        assertTrue(r.json.get("related").size() > 0);

        Response amount = get("/api/ask?q=" + enc("Hvor stort er budgetkataloget til budget 2025"));
        assertEquals("AMOUNT", amount.json.get("answerType").asText());
        assertTrue(amount.json.get("answer").asText().contains("35 mio.kr."), amount.body);

        Response list = get("/api/ask?q=" + enc("Hvilke beslutninger vedrører budget 2025?"));
        assertEquals("DECISIONS", list.json.get("answerType").asText());
        assertEquals("4 punkter på 3 møder", list.json.get("answer").asText());
        assertEquals(4, list.json.get("evidence").size());

        Response header = get("/api/ask?q=" + enc("hvem er kommunaldirektør"));
        assertEquals(0, header.json.get("evidence").get(0).get("item").asInt());
        assertEquals("header", header.json.get("evidence").get(0).get("section").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hvad er hovedstaden i Frankrig?", "What is the budget for next year?", "qwe zxc asd",
            "Hvem leder netværket om klimatilpasning?"})
    void askSaysWhenTheArchiveDoesNotKnow(String question) throws Exception {
        Response r = get("/api/ask?q=" + enc(question));
        assertEquals(200, r.status, r.body);
        assertEquals("NONE", r.json.get("answerType").asText(), r.body);
        assertTrue(r.json.get("answer").isNull(), r.body);
        assertTrue(r.json.has("related"));
    }

    @Test
    void askRejectsEmptyAndOverlongQuestions() throws Exception {
        assertError(get("/api/ask?q="), 400, "empty_question");
        assertError(get("/api/ask"), 400, "empty_question");
        assertError(get("/api/ask?q=" + "hvad".repeat(200)), 400, "question_too_long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"budget%20AND%20(", "%22", "*", "title%3A", "%5C", "%3Cscript%3E", "og"})
    void hostileQueriesAnswer200(String q) throws Exception {
        Response r = get("/api/search?q=" + q);
        assertEquals(200, r.status, r.body);
    }

    @Test
    void overlongQueryIs400() throws Exception {
        assertError(get("/api/search?q=" + "a".repeat(5000)), 400, "query_too_long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "q=", "q=%20%20", "q=budget&size=0", "q=budget&size=101", "q=budget&size=abc",
            "q=budget&page=0", "q=budget&page=x", "q=budget&from=2024-13-01", "q=budget&to=igår",
            "q=budget&from=2024-05-01&to=2024-01-01", "q=budget&section=Referat", "q=budget&sort=alfabetisk"})
    void badParametersAre400WithADanishMessage(String query) throws Exception {
        Response r = get("/api/search?" + query);
        assertEquals(400, r.status, r.body);
        assertTrue(r.json.get("error").asText().matches("[a-z_]+"), r.body);
        assertFalse(r.json.get("message").asText().isBlank());
        assertFalse(r.body.contains("Exception"), r.body);
    }

    @Test
    void meetingsList() throws Exception {
        Response r = get("/api/meetings");
        assertEquals(200, r.status);
        assertEquals(6, r.json.get("total").asInt());
        assertEquals(6, r.json.get("meetings").size());
        JsonNode newest = r.json.get("meetings").get(0);
        assertEquals("chefforum-2025-02-03", newest.get("id").asText());
        JsonNode nov = r.json.get("meetings").get(1);
        assertEquals("chefforum-2024-11-20", nov.get("id").asText());
        assertEquals("Chefforum", nov.get("body").asText());
        assertEquals("2024-11-20", nov.get("date").asText());
        assertEquals("Mødelokale 915", nov.get("place").asText());
        assertEquals(8, nov.get("itemCount").asInt());
    }

    @Test
    void meetingDetail() throws Exception {
        Response r = get("/api/meetings/chefforum-2024-11-20");
        assertEquals(200, r.status);
        assertEquals("09:00:00", r.json.get("time").asText());
        assertEquals(9, r.json.get("participants").size());
        assertEquals("Henrik Harder", r.json.get("participants").get(0).get("name").asText());
        assertEquals("Kommunaldirektør", r.json.get("participants").get(0).get("role").asText());
        assertEquals(8, r.json.get("items").size());
        JsonNode item2 = r.json.get("items").get(1);
        assertEquals(2, item2.get("number").asInt());
        assertEquals("Udmøntning og fordeling af tværgående besparelser budget 2025", item2.get("title").asText());
        assertEquals("00.30.00-P05-3-24", item2.get("journalNumber").asText());
    }

    @Test
    void itemDetail() throws Exception {
        Response r = get("/api/meetings/chefforum-2024-11-20/items/2");
        assertEquals(200, r.status);
        assertEquals("Kommunaldirektøren", r.json.get("recommender").asText());
        assertEquals("(15 min.)", r.json.get("timeAllotment").asText());
        assertEquals("P05", r.json.get("journalNumber").get("facet").asText());
        JsonNode sections = r.json.get("sections");
        assertEquals(5, sections.size());
        assertEquals("Beslutning", sections.get(3).get("name").asText());
        assertEquals(6, sections.get(4).get("attachments").size());
    }

    @Test
    void similarItems() throws Exception {
        Response r = get("/api/meetings/chefforum-2024-11-20/items/1/similar");
        assertEquals(200, r.status, r.body);
        java.util.Set<String> same = new java.util.TreeSet<>();
        r.json.get("sameJournal").forEach(h -> same.add(h.get("meetingId").asText() + "#" + h.get("item").asInt()));
        assertTrue(same.containsAll(java.util.Set.of("chefforum-2024-11-20#8", "chefforum-2024-02-14#1", "chefforum-2024-01-17#1")), same.toString());
        assertTrue(r.json.get("similar").size() > 0);
        Response meeting = get("/api/meetings/chefforum-2024-02-14");
        assertEquals("Chefforum godkendte procesplanen.", meeting.json.get("items").get(4).get("decision").asText());
        assertTrue(meeting.json.get("items").get(1).get("decision").isNull());
        assertError(get("/api/meetings/chefforum-2024-11-20/items/77/similar"), 404, "unknown_item");
    }

    @Test
    void unknownIdsAre404() throws Exception {
        assertError(get("/api/meetings/chefforum-1999-01-01"), 404, "unknown_meeting");
        assertError(get("/api/meetings/chefforum-2024-11-20/items/99"), 404, "unknown_item");
        assertError(get("/api/meetings/chefforum-2024-11-20/items/x"), 400, "invalid_parameter");
        assertError(get("/api/nothing-here"), 404, "not_found");
    }

    @Test
    void healthAndStartPage() throws Exception {
        Response health = get("/api/health");
        assertEquals("ok", health.json.get("status").asText());
        assertEquals(40, health.json.get("documents").asInt(), "38 of the corpus, 2 of the fixture");
        HttpResponse<String> page = HTTP.send(request("/"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<html lang=\"da\">"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/js/app.js", "/api/search?q=budget", "/api/meetings/nope", "/findes/ikke")) {
            HttpResponse<String> r = HTTP.send(request(path), HttpResponse.BodyHandlers.ofString());
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline")
                    && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
    }

    private static void assertError(Response r, int status, String code) {
        assertEquals(status, r.status, r.body);
        assertEquals(code, r.json.get("error").asText(), r.body);
        assertFalse(r.json.get("message").asText().isBlank(), r.body);
    }

    private record Response(int status, String body, JsonNode json) {
    }

    private static Response get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(request(path), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return new Response(response.statusCode(), response.body(), JSON.readTree(response.body()));
    }

    private static HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
