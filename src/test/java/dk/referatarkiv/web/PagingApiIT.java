package dk.referatarkiv.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.entities.PersonResolver;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.people.RoleAssertion;
import dk.referatarkiv.testing.ArchiveServer;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paging of the list endpoints ({@code /api/persons}, {@code /api/meetings}, the history of {@code /api/roles}) and the
 * streamed, unpaged Popolo export, against a real server on a random port over the bundled corpus. The expected
 * entries come from the archive the server was started with.
 */
class PagingApiIT {

    private static final String ROLE = "/api/roles?role=kommunaldirekt%C3%B8r&at=2024-11-20";

    @TempDir
    static Path tmp;
    private static ArchiveServer server;
    private static OpenArchive archive;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        server = ArchiveServer.start(TestData.corpusWith(tmp.resolve("corpus")), tmp);
        archive = server.archive();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void personsFirstLastAndBeyondTheEnd() throws Exception {
        List<String> everyone = archive.people().search("").stream().map(PersonResolver.Person::id).toList();
        int size = 7;
        int pages = (everyone.size() + size - 1) / size;
        assertTrue(pages >= 3, "the corpus names " + everyone.size() + " persons");

        JsonNode first = get("/api/persons?size=" + size, 200);
        assertPage(first, everyone.size(), 1, size);
        assertEquals(everyone.subList(0, size), ids(first.get("persons")));

        JsonNode last = get("/api/persons?size=" + size + "&page=" + pages, 200);
        assertPage(last, everyone.size(), pages, size);
        assertEquals(everyone.subList((pages - 1) * size, everyone.size()), ids(last.get("persons")));

        JsonNode beyond = get("/api/persons?size=" + size + "&page=" + (pages + 1), 200);
        assertPage(beyond, everyone.size(), pages + 1, size);
        assertEquals(0, beyond.get("persons").size());

        List<String> read = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            read.addAll(ids(get("/api/persons?size=" + size + "&page=" + page, 200).get("persons")));
        }
        assertEquals(everyone, read, "the pages, one after the other, are the list");
    }

    @Test
    void personsDefaultToTheFirstHundredAndPageTheSearch() throws Exception {
        List<String> everyone = archive.people().search("").stream().map(PersonResolver.Person::id).toList();
        JsonNode page = get("/api/persons", 200);
        assertPage(page, everyone.size(), 1, Paging.DEFAULT_SIZE);
        assertEquals(everyone.subList(0, Math.min(everyone.size(), Paging.DEFAULT_SIZE)), ids(page.get("persons")));

        List<String> sorens = archive.people().search("sørensen").stream().map(PersonResolver.Person::id).toList();
        assertTrue(sorens.size() >= 2, sorens.toString());
        JsonNode second = get("/api/persons?q=s%C3%B8rensen&size=1&page=2", 200);
        assertPage(second, sorens.size(), 2, 1);
        assertEquals(List.of(sorens.get(1)), ids(second.get("persons")));
        JsonNode summary = second.get("persons").get(0);
        for (String field : new String[]{"id", "name", "aliases", "municipality", "currentRoles", "mentions"}) {
            assertTrue(summary.has(field), field);
        }
        assertEquals(archive.people().mentions(sorens.get(1)).size(), summary.get("mentions").asInt());
    }

    @Test
    void meetingsNewestFirstInPages() throws Exception {
        List<String> meetings = archive.corpus().meetings().stream().map(Meeting::id).toList();
        assertTrue(meetings.size() >= 3, meetings.toString());
        JsonNode first = get("/api/meetings?size=2", 200);
        assertPage(first, meetings.size(), 1, 2);
        assertEquals(meetings.subList(0, 2), ids(first.get("meetings")));
        int pages = (meetings.size() + 1) / 2;
        JsonNode last = get("/api/meetings?size=2&page=" + pages, 200);
        assertEquals(meetings.subList((pages - 1) * 2, meetings.size()), ids(last.get("meetings")));
        JsonNode beyond = get("/api/meetings?size=2&page=" + (pages + 5), 200);
        assertPage(beyond, meetings.size(), pages + 5, 2);
        assertEquals(0, beyond.get("meetings").size());
        JsonNode all = get("/api/meetings", 200);
        assertPage(all, meetings.size(), 1, Paging.DEFAULT_SIZE);
        assertEquals(meetings, ids(all.get("meetings")));
    }

    @Test
    void aRolesHistoryInPagesWithEveryHolderOnEachPage() throws Exception {
        List<RoleAssertion> history = archive.people().timeline().historyOfRole("kommunaldirektør");
        assertTrue(history.size() >= 3, history.toString());
        JsonNode first = get(ROLE + "&size=2", 200);
        assertPage(first, history.size(), 1, 2);
        assertEquals("Henrik Harder", first.get("holders").get(0).get("person").get("name").asText());
        List<JsonNode> read = new ArrayList<>();
        int pages = (history.size() + 1) / 2;
        for (int page = 1; page <= pages; page++) {
            JsonNode answer = get(ROLE + "&size=2&page=" + page, 200);
            assertEquals(first.get("holders"), answer.get("holders"), "page " + page);
            answer.get("history").forEach(read::add);
        }
        assertEquals(history.size(), read.size());
        for (int i = 0; i < history.size(); i++) {
            assertEquals(history.get(i).evidence().meetingId(), read.get(i).get("evidence").get("meetingId").asText());
            assertEquals(history.get(i).evidence().item(), read.get(i).get("evidence").get("item").asInt());
        }
        JsonNode beyond = get(ROLE + "&size=2&page=" + (pages + 1), 200);
        assertEquals(0, beyond.get("history").size());
        assertEquals(first.get("holders"), beyond.get("holders"));
        assertEquals(Math.min(history.size(), Paging.DEFAULT_SIZE), get(ROLE, 200).get("history").size(), "the default page");
    }

    @Test
    void popoloIsOneStreamedDocumentWithoutPages() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/export/popolo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        JsonNode popolo = JSON.readTree(r.body());
        assertEquals(archive.people().persons().persons().size(), popolo.get("persons").size());
        long terms = archive.people().timeline().all().stream().filter(a -> a.personId() != null).count();
        assertEquals(terms + archive.people().memberships().all().size(), popolo.get("memberships").size());
        java.util.Set<String> organisations = new HashSet<>();
        popolo.get("organizations").forEach(o -> organisations.add(o.get("id").asText()));
        java.util.Set<String> posts = new HashSet<>();
        popolo.get("posts").forEach(p -> posts.add(p.get("id").asText()));
        for (JsonNode m : popolo.get("memberships")) {
            assertTrue(organisations.contains(m.get("organization_id").asText()), m.toString());
            assertTrue(!m.has("post_id") || posts.contains(m.get("post_id").asText()), m.toString());
        }
        for (String query : List.of("?page=2", "?size=10", "?page=1&size=500")) {
            JsonNode error = get("/api/export/popolo" + query, 400);
            assertEquals("invalid_parameter", error.get("error").asText());
            assertEquals(PopoloExport.NOT_PAGED, error.get("message").asText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/persons", "/api/meetings", ROLE})
    void badSizeIs400NamingTheParameter(String endpoint) throws Exception {
        String join = endpoint.contains("?") ? "&" : "?";
        for (String size : List.of("0", "501", "-1", "abc", "1.5", "99999999999")) {
            JsonNode error = get(endpoint + join + "size=" + size, 400);
            assertEquals("invalid_parameter", error.get("error").asText(), size);
            assertEquals("Sidestørrelsen 'size' skal være et helt tal mellem 1 og 500.", error.get("message").asText(), size);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/persons", "/api/meetings", ROLE})
    void badPageIs400NamingTheParameter(String endpoint) throws Exception {
        String join = endpoint.contains("?") ? "&" : "?";
        for (String page : List.of("0", "-2", "x", "2.0", "99999999999")) {
            JsonNode error = get(endpoint + join + "page=" + page, 400);
            assertEquals("invalid_parameter", error.get("error").asText(), page);
            assertEquals("Sidenummeret 'page' skal være et helt tal, 1 eller større.", error.get("message").asText(), page);
        }
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(base() + endpoint + join + "page=&size=")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "blank values are the defaults");
    }

    private static void assertPage(JsonNode page, int total, int number, int size) {
        assertEquals(total, page.get("total").asInt(), page.toString());
        assertEquals(number, page.get("page").asInt(), page.toString());
        assertEquals(size, page.get("size").asInt(), page.toString());
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    private static String base() {
        return "http://localhost:" + server.port();
    }

    private static JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(status, r.statusCode(), path + ": " + r.body());
        assertFalse(r.body().contains("Exception"), r.body());
        return JSON.readTree(r.body());
    }
}
