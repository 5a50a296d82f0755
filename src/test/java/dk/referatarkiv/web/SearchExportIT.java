package dk.referatarkiv.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referatarkiv.search.SearchHit;
import dk.referatarkiv.search.SearchRequest;
import dk.referatarkiv.search.SortOrder;
import dk.referatarkiv.search.EntityFilters;
import dk.referatarkiv.testing.ArchiveServer;
import dk.referatarkiv.testing.MadeUpMinutes;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/export/search.csv} and {@code .json} against a real server: the bundled corpus plus 100 made-up meetings
 * of 10 items each ({@link MadeUpMinutes}), so a search has 1,000 hits, far more than a page or the API's window.
 */
class SearchExportIT {

    private static final int MEETINGS = 100;
    private static final int ITEMS = 10;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    static Path tmp;
    private static ArchiveServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path corpus = TestData.corpusWith(tmp.resolve("corpus"));
        MadeUpMinutes.write(corpus, MEETINGS, ITEMS);
        server = ArchiveServer.start(corpus, tmp);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void csvHoldsEveryHitWithABomSemicolonsAndDanishDates() throws Exception {
        long total = new ObjectMapper().readTree(server.get("/api/search?q=" + MadeUpMinutes.WORD).body()).get("total").asLong();
        assertEquals(MEETINGS * ITEMS, total, "every made-up item is a hit");
        HttpResponse<byte[]> response = bytes("/api/export/search.csv?q=" + MadeUpMinutes.WORD + "&sort=date");
        assertEquals(200, response.statusCode());
        assertEquals("text/csv;charset=utf-8", response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(String.valueOf(total), response.headers().firstValue("X-Total-Count").orElse(""));
        assertEquals(String.valueOf(total), response.headers().firstValue("X-Export-Count").orElse(""));
        byte[] body = response.body();
        assertArrayEquals(BOM, Arrays.copyOf(body, 3), "UTF-8 byte-order mark first, for Excel");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n"));
        assertEquals("\"Dato\";\"Organ\";\"Møde\";\"Punkt\";\"Titel\";\"Journalnummer\";\"Link\"", lines.get(0));
        assertEquals(total, lines.size() - 1, "one row per hit");
        List<String> first = cells(lines.get(1));
        // newest first: the last made-up meeting (15 August 2028)
        assertEquals(java.time.LocalDate.of(2028, 8, 15), MadeUpMinutes.lastMeeting(MEETINGS));
        assertEquals(List.of("15-08-2028", "Teknisk Udvalg"), first.subList(0, 2), lines.get(1));
        assertEquals("Vejvedligehold; område \"Øst 1\" på Ærøvej", first.get(4), "æøå, quote and semicolon intact");
        assertTrue(first.get(6).matches("http://localhost:\\d+/moede/[^/]+/punkt/1"), first.get(6));
        for (String line : lines.subList(1, lines.size())) {
            List<String> row = cells(line);
            assertEquals(7, row.size(), line);
            assertTrue(row.get(0).matches("\\d{2}-\\d{2}-\\d{4}"), line);
        }
    }

    @Test
    void jsonHoldsEveryHit() throws Exception {
        HttpResponse<byte[]> response = bytes("/api/export/search.json?q=" + MadeUpMinutes.WORD);
        assertEquals(200, response.statusCode());
        JsonNode json = new ObjectMapper().readTree(response.body());
        assertEquals(MEETINGS * ITEMS, json.get("total").asInt());
        assertEquals(MEETINGS * ITEMS, json.get("exported").asInt());
        assertEquals(MEETINGS * ITEMS, json.get("hits").size());
        assertTrue(!json.has("message"), "no cut, no message");
        assertEquals("Teknisk Udvalg", json.get("hits").get(0).get("body").asText());
    }

    @Test
    void anExportWithoutHitsIsTheHeaderAlone() throws Exception {
        HttpResponse<byte[]> response = bytes("/api/export/search.csv?q=xyzzyqwerty");
        assertEquals(200, response.statusCode());
        assertEquals("0", response.headers().firstValue("X-Total-Count").orElse(""));
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(1, text.split("\r\n").length, text);
    }

    @Test
    void badParametersAreDanishJsonErrors() throws Exception {
        HttpResponse<String> empty = server.get("/api/export/search.csv");
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("\"error\":\"empty_query\""), empty.body());
        HttpResponse<String> sort = server.get("/api/export/search.json?q=budget&sort=tilfældig");
        assertEquals(400, sort.statusCode());
        assertTrue(sort.body().contains("Sorteringen ('sort')"), sort.body());
    }

    /** The cap: the searcher hands over at most the limit and still counts every match. */
    @Test
    void anExportStopsAtItsLimitAndSaysHowManyThereWere() throws Exception {
        List<SearchHit> got = new ArrayList<>();
        long[] started = new long[2];
        long total = server.archive().searcher().export(new SearchRequest(MadeUpMinutes.WORD, null, null, null,
                EntityFilters.NONE, 1, 10, SortOrder.DATE), 25, new dk.referatarkiv.search.ArchiveSearcher.HitStream() {
            @Override
            public void start(long all, int exported) {
                started[0] = all;
                started[1] = exported;
            }

            @Override
            public void hit(SearchHit hit) {
                got.add(hit);
            }
        });
        assertEquals(MEETINGS * ITEMS, total);
        assertEquals(List.of((long) MEETINGS * ITEMS, 25L), List.of(started[0], started[1]));
        assertEquals(25, got.size());
        assertEquals(MadeUpMinutes.lastMeeting(MEETINGS).toString(), got.get(0).meetingDate(), "newest first");
        assertEquals(SearchExport.MAX_ROWS, 10_000);
    }

    private static HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The cells of one CSV line: quoted, ";" between, "" for a quote inside. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
