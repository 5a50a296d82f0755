package dk.referatarkiv.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referatarkiv.testing.ArchiveServer;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The municipality, body and party facets and their filters (kommune=, organ=, parti=) over HTTP, against a real
 * server on a random port: the bundled corpus (Albertslund Chefforum, whose text names no municipality) plus the
 * facet fixtures (Solby's Økonomiudvalget twice, Nordby's Byråd; see fixtures/facets/README.md).
 */
class FacetApiIT {

    private static final String SOLBY_1 = "solby-oekonomiudvalget-2023-03-14";
    private static final String SOLBY_2 = "solby-oekonomiudvalget-2023-04-18";
    private static final String NORDBY = "nordby-byraadet-2023-05-02";

    @TempDir
    static Path tmp;
    private static ArchiveServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        Path corpusDir = TestData.corpusWith(tmp.resolve("corpus"), "fixtures/facets/solby-2023-03-14.txt",
                "fixtures/facets/solby-2023-04-18.txt", "fixtures/facets/nordby-2023-05-02.txt");
        server = ArchiveServer.start(corpusDir, tmp);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void searchReturnsTheMunicipalityBodyAndPartyFacets() throws Exception {
        Response r = get("/api/search?q=budget&size=100");
        assertEquals(200, r.status, r.body);
        JsonNode facets = r.json.get("facets");
        // The Chefforum minutes name no municipality: only the fixtures' items count under kommune. "budget" is in
        // Solby 1 #1-#4 ("Budgetnotat" included: compounds are split) and Solby 2 #1, and in Nordby #1.
        assertEquals(List.of("Solby|Solby|5", "Nordby|Nordby|1"), values(facets.get("kommune")));
        List<String> bodies = values(facets.get("organ"));
        assertTrue(bodies.containsAll(List.of("Økonomiudvalget|Økonomiudvalget|5", "Byrådet|Byrådet|1")), bodies.toString());
        assertEquals(3, bodies.size(), bodies.toString());
        assertTrue(bodies.get(0).startsWith("Chefforum|Chefforum|"), bodies.toString());
        // Solby 1 #2 (Birte Lund (V), Enhedslisten), #3 (Carl Munk, Ø), Solby 2 #1 (Birte Lund, V), Nordby #1
        // (Dansk Folkeparti, Fie Holm (F)). Solby 1 #4 names Erik Sand, whose party is from Nordby's list only.
        assertEquals(List.of("Enhedslisten (Ø)|Enhedslisten (Ø)|2", "Venstre (V)|Venstre (V)|2",
                "Dansk Folkeparti (O)|Dansk Folkeparti (O)|1",
                "SF - Socialistisk Folkeparti (F)|SF - Socialistisk Folkeparti (F)|1"), values(facets.get("parti")));
    }

    @Test
    void filtersNarrowToTheMunicipalityBodyAndParty() throws Exception {
        Response solby = get("/api/search?q=budget&size=100&kommune=Solby");
        assertEquals(Set.of(SOLBY_1 + "#1", SOLBY_1 + "#2", SOLBY_1 + "#3", SOLBY_1 + "#4", SOLBY_2 + "#1"), items(solby));
        assertEquals(List.of("Solby|Solby|5"), values(solby.json.get("facets").get("kommune")));
        assertEquals(List.of("Økonomiudvalget|Økonomiudvalget|5"), values(solby.json.get("facets").get("organ")));
        assertEquals("Økonomiudvalget", solby.json.get("hits").get(0).get("body").asText());

        assertEquals(Set.of(NORDBY + "#1"), items(get("/api/search?q=budget&organ=" + enc("Byrådet"))));

        Response venstre = get("/api/search?q=budget&parti=" + enc("Venstre (V)"));
        assertEquals(Set.of(SOLBY_1 + "#2", SOLBY_2 + "#1"), items(venstre));
        assertEquals(List.of("Venstre (V)|Venstre (V)|2", "Enhedslisten (Ø)|Enhedslisten (Ø)|1"),
                values(venstre.json.get("facets").get("parti")));

        // Without words: every document of the filters, the meeting headers (item 0) with their participants' parties.
        Response listing = get("/api/search?size=100&organ=" + enc("Økonomiudvalget") + "&parti=" + enc("Enhedslisten (Ø)"));
        assertEquals(Set.of(SOLBY_1 + "#0", SOLBY_1 + "#2", SOLBY_1 + "#3", SOLBY_2 + "#0"), items(listing));
        assertEquals(Set.of(NORDBY + "#0", NORDBY + "#1", NORDBY + "#2"), items(get("/api/search?size=100&kommune=Nordby")));
    }

    /** Every value a facet gives selects, as a filter, exactly the items the facet counted for it. */
    @Test
    void eachFacetValueFiltersToItsCount() throws Exception {
        JsonNode facets = get("/api/search?q=budget&size=100").json.get("facets");
        int checked = 0;
        for (String dim : new String[]{"kommune", "organ", "parti"}) {
            for (JsonNode v : facets.get(dim)) {
                Response filtered = get("/api/search?q=budget&" + dim + "=" + enc(v.get("value").asText()));
                assertEquals(200, filtered.status, filtered.body);
                assertEquals(v.get("count").asLong(), filtered.json.get("total").asLong(), dim + "=" + v.get("value"));
                checked++;
            }
        }
        assertEquals(2 + 3 + 4, checked);
    }

    /** Filter values are matched exactly as the facets give them; anything else matches nothing, like person= and unit=. */
    @ParameterizedTest
    @ValueSource(strings = {"kommune=Atlantis", "kommune=solby", "organ=%C3%B8konomiudvalget", "organ=Udvalget",
            "parti=V", "parti=Venstre", "parti=Uden%20for%20partierne%20(UP)"})
    void unknownValuesMatchNothing(String filter) throws Exception {
        Response r = get("/api/search?q=budget&" + filter);
        assertEquals(200, r.status, r.body);
        assertEquals(0, r.json.get("total").asInt(), r.body);
    }

    @Test
    void anEmptyFilterIsNoFilter() throws Exception {
        Response r = get("/api/search?kommune=&organ=%20&parti=");
        assertEquals(400, r.status, r.body);
        assertEquals("empty_query", r.json.get("error").asText());
        assertFalse(r.json.get("message").asText().isBlank());
        assertEquals(get("/api/search?q=budget").json.get("total"), get("/api/search?q=budget&kommune=&parti=").json.get("total"));
    }

    /** "value|label|count" of each facet value, in the order the API gives them. */
    private static List<String> values(JsonNode facet) {
        List<String> out = new ArrayList<>();
        facet.forEach(v -> out.add(v.get("value").asText() + "|" + v.get("label").asText() + "|" + v.get("count").asLong()));
        return out;
    }

    private static Set<String> items(Response r) {
        assertEquals(200, r.status, r.body);
        assertEquals(r.json.get("total").asInt(), r.json.get("hits").size(), "all hits on the page");
        Set<String> items = new TreeSet<>();
        r.json.get("hits").forEach(h -> items.add(h.get("meetingId").asText() + "#" + h.get("item").asInt()));
        return items;
    }

    private record Response(int status, String body, JsonNode json) {
    }

    private static Response get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return new Response(response.statusCode(), response.body(), JSON.readTree(response.body()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
