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
 * Paging of the list endpoints ({@code /api/persons}, {@code /api/meetings}, the history of {@code /api/roles},
 * {@code /api/entities}, a person's roles, activities and mentions) and the
 * streamed, unpaged Popolo export, against a real server on a random port over the bundled corpus. The expected
 * entries come from the archive the server was started with.
 */
class PagingApiIT {

    private static final String ROLE = "/api/roles?role=kommunaldirekt%C3%B8r&at=2024-11-20";
    private static final String ENTITIES = "/api/entities?type=PERSON";
    private static final String ROLES = "/api/persons/henrik-harder/roles";
    private static final String ACTIVITIES = "/api/persons/henrik-harder/activities";
    private static final String MENTIONS = "/api/persons/henrik-harder/mentions";

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

    @Test
    void entitiesInPagesMostNamedFirst() throws Exception {
        JsonNode whole = get(ENTITIES + "&size=500", 200);
        int total = whole.get("total").asInt();
        assertTrue(total > 10 && total <= 500, "the corpus names " + total + " persons");
        assertEquals(total, whole.get("entities").size());
        List<String> all = values(whole.get("entities"));
        assertEquals(total, new HashSet<>(all).size(), "each value once");
        for (int i = 1; i < total; i++) {
            JsonNode before = whole.get("entities").get(i - 1);
            JsonNode after = whole.get("entities").get(i);
            assertTrue(before.get("count").asLong() > after.get("count").asLong()
                    || before.get("count").asLong() == after.get("count").asLong()
                    && before.get("label").asText().compareTo(after.get("label").asText()) <= 0, before + " before " + after);
        }
        assertPartition(ENTITIES, "entities", 4, all, PagingApiIT::values);
        JsonNode first = get(ENTITIES, 200);
        assertPage(first, total, 1, Paging.DEFAULT_SIZE);
        assertEquals(all.subList(0, Math.min(total, Paging.DEFAULT_SIZE)), values(first.get("entities")));
    }

    /**
     * Each list read in small pages, for the person with the longest such list (the bundled corpus gives no one more
     * than one activity, so those are read one a page).
     */
    @Test
    void aPersonsRolesActivitiesAndMentionsInPages() throws Exception {
        String id = longest(p -> archive.people().mentions(p).size());
        List<String> mentions = archive.people().mentions(id).stream().map(m -> evidence(m.evidence())).toList();
        assertTrue(mentions.size() >= 3, id + ": " + mentions.size() + " mentions");
        assertPartition("/api/persons/" + id + "/mentions", "mentions", 2, mentions, list -> evidences(nodes(list)));
        List<java.time.LocalDate> dates = archive.people().mentions(id).stream().map(m -> m.evidence().meetingDate()).toList();
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates, "mentions newest first");

        id = longest(p -> archive.people().timeline().ofPerson(p).size());
        List<String> roles = archive.people().timeline().ofPerson(id).stream().map(r -> evidence(r.evidence())).toList();
        assertTrue(roles.size() >= 3, id + ": " + roles.size() + " roles");
        assertPartition("/api/persons/" + id + "/roles", "roles", 2, roles, list -> evidences(list.findValues("evidence")));

        id = longest(p -> archive.people().activities(p).size());
        List<String> activities = archive.people().activities(id).stream().map(a -> evidence(a.evidence())).toList();
        assertTrue(activities.size() >= 1, id + ": " + activities.size() + " activities");
        assertPartition("/api/persons/" + id + "/activities", "activities", 1, activities,
                list -> evidences(list.findValues("evidence")));
    }

    private static String longest(java.util.function.ToIntFunction<String> length) {
        return archive.people().persons().persons().stream().map(PersonResolver.Person::id)
                .max(java.util.Comparator.comparingInt(length)).orElseThrow();
    }

    /** The detail embeds the first page of each growing list, in the shape of the list's own endpoint. */
    @Test
    void aPersonsDetailHasTheFirstPageOfEachList() throws Exception {
        String most = longest(p -> archive.people().mentions(p).size());
        JsonNode detail = get("/api/persons/" + most, 200);
        for (String list : List.of("roles", "activities", "mentions")) {
            JsonNode embedded = detail.get(list);
            JsonNode own = get("/api/persons/" + most + "/" + list, 200);
            assertEquals(own, embedded, list);
            assertEquals(1, embedded.get("page").asInt(), list);
            assertEquals(Paging.DEFAULT_SIZE, embedded.get("size").asInt(), list);
        }
        assertEquals(archive.people().mentions(most).size(), detail.get("mentions").get("total").asInt());
        assertEquals(archive.people().timeline().ofPerson(most).size(), detail.get("roles").get("total").asInt());
        assertEquals(archive.people().activities(most).size(), detail.get("activities").get("total").asInt());
        assertEquals(archive.people().memberships(most).size(), detail.get("memberships").size(), "memberships whole");
    }

    @ParameterizedTest
    @ValueSource(strings = {"roles", "activities", "mentions"})
    void anUnknownPersonsListIs404Json(String list) throws Exception {
        for (String query : List.of("", "?page=2", "?size=5")) {
            JsonNode error = get("/api/persons/nobody-at-all/" + list + query, 404);
            assertEquals("unknown_person", error.get("error").asText());
            assertEquals("Der findes ingen person med id 'nobody-at-all'.", error.get("message").asText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/persons", "/api/meetings", ROLE, ENTITIES, ROLES, ACTIVITIES, MENTIONS})
    void badSizeIs400NamingTheParameter(String endpoint) throws Exception {
        String join = endpoint.contains("?") ? "&" : "?";
        for (String size : List.of("0", "501", "-1", "abc", "1.5", "99999999999")) {
            JsonNode error = get(endpoint + join + "size=" + size, 400);
            assertEquals("invalid_parameter", error.get("error").asText(), size);
            assertEquals("Sidestørrelsen 'size' skal være et helt tal mellem 1 og 500.", error.get("message").asText(), size);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/persons", "/api/meetings", ROLE, ENTITIES, ROLES, ACTIVITIES, MENTIONS})
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

    /**
     * Reads {@code endpoint} in pages of {@code size} to one page past the end: each page says the total, the pages
     * hold no entry twice, and one after the other they are {@code all}.
     */
    private static void assertPartition(String endpoint, String key, int size, List<String> all,
                                        java.util.function.Function<JsonNode, List<String>> keys) throws Exception {
        String join = endpoint.contains("?") ? "&" : "?";
        int pages = (all.size() + size - 1) / size;
        List<String> read = new ArrayList<>();
        for (int page = 1; page <= pages + 1; page++) {
            JsonNode answer = get(endpoint + join + "size=" + size + "&page=" + page, 200);
            assertPage(answer, all.size(), page, size);
            assertEquals(page <= pages ? Math.min(size, all.size() - (page - 1) * size) : 0, answer.get(key).size(),
                    endpoint + " page " + page);
            read.addAll(keys.apply(answer.get(key)));
        }
        assertEquals(all.size(), new HashSet<>(read).size(), endpoint + ": no entry twice");
        assertEquals(all, read, endpoint + ": the pages, one after the other, are the list");
    }

    private static String evidence(dk.referatarkiv.people.Evidence e) {
        return e.meetingId() + "#" + e.item() + "#" + e.section() + "@" + e.start();
    }

    private static List<JsonNode> nodes(JsonNode list) {
        List<JsonNode> nodes = new ArrayList<>();
        list.forEach(nodes::add);
        return nodes;
    }

    private static List<String> evidences(List<JsonNode> list) {
        return list.stream().map(e -> e.get("meetingId").asText() + "#" + e.get("item").asInt() + "#"
                + e.get("section").asText() + "@" + e.get("start").asInt()).toList();
    }

    private static List<String> values(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(n -> values.add(n.get("value").asText()));
        return values;
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
