package dk.referatarkiv.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dk.referatarkiv.testing.ArchiveServer;
import dk.referatarkiv.testing.MadeUpMinutes;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /feed}: Atom feeds of searches, read back with Rome (a real feed parser), against a real server over the
 * bundled corpus, the facet fixtures and 24 made-up meetings of 5 items each ({@link MadeUpMinutes}).
 */
class FeedIT {

    @TempDir
    static Path tmp;
    private static ArchiveServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path corpus = TestData.corpusWith(tmp.resolve("corpus"), "fixtures/facets/solby-2023-03-14.txt",
                "fixtures/facets/solby-2023-04-18.txt", "fixtures/facets/nordby-2023-05-02.txt");
        MadeUpMinutes.write(corpus, 24, 5);
        server = ArchiveServer.start(corpus, tmp);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void aSearchFeedIsValidAtomWithTheNewestItemsFirst() throws Exception {
        HttpResponse<byte[]> response = get("/feed?q=" + MadeUpMinutes.WORD);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        SyndFeed feed = parse(response.body());
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("Referatarkiv: nye punkter om »vejvedligehold«", feed.getTitle());
        List<SyndEntry> entries = feed.getEntries();
        assertEquals(FeedController.ENTRIES, entries.size(), "120 matches, the newest 50");
        List<Date> dates = entries.stream().map(SyndEntry::getUpdatedDate).toList();
        assertEquals(dates.stream().sorted(Comparator.reverseOrder()).toList(), dates, "newest first");
        // the last made-up meeting (18 October 2022), at midnight in Denmark (summer time, UTC+2)
        assertEquals(MadeUpMinutes.lastMeeting(24), java.time.LocalDate.of(2022, 10, 18));
        assertEquals(Instant.parse("2022-10-17T22:00:00Z"), dates.get(0).toInstant());
        assertEquals(dates.get(0), feed.getPublishedDate(), "the feed is as new as its newest entry");
        SyndEntry first = entries.get(0);
        assertTrue(first.getLink().matches("http://localhost:\\d+/moede/[^/]+/punkt/\\d"), first.getLink());
        assertEquals(first.getLink(), first.getUri(), "the entry's id is its page");
        assertTrue(first.getTitle().startsWith("Punkt "), first.getTitle());
        assertTrue(first.getDescription().getValue().contains("<mark>"), "the snippet, as HTML");
        assertTrue(first.getDescription().getValue().contains("18. oktober 2022 · Teknisk Udvalg"),
                first.getDescription().getValue());
        assertEquals(entries.size(), entries.stream().map(SyndEntry::getUri).distinct().count(), "ids are unique");
    }

    @Test
    void personBodyAndJournalFeedsFollowTheirFilter() throws Exception {
        SyndFeed person = parse(get("/feed?person=kristina-koch-sloth").body());
        assertEquals("Referatarkiv: nye punkter om Kristina Koch Sloth", person.getTitle());
        assertEquals(1, person.getEntries().size());
        assertTrue(person.getEntries().get(0).getLink().endsWith("/moede/chefforum-2017-05-02/punkt/3"));

        SyndFeed body = parse(get("/feed?organ=%C3%98konomiudvalget").body());
        assertFalse(body.getEntries().isEmpty());
        assertTrue(body.getEntries().stream().allMatch(e -> e.getLink().contains("/moede/solby-oekonomiudvalget-")),
                body.getEntries().stream().map(SyndEntry::getLink).toList().toString());

        SyndFeed journal = parse(get("/feed?journal=00.30.00-P05-3-24").body());
        assertEquals(List.of("Punkt 2: Udmøntning og fordeling af tværgående besparelser budget 2025"),
                journal.getEntries().stream().map(SyndEntry::getTitle).toList());
    }

    @Test
    void aFeedWithoutMatchesIsStillValid() throws Exception {
        SyndFeed feed = parse(get("/feed?q=xyzzyqwerty").body());
        assertTrue(feed.getEntries().isEmpty());
        assertNotNull(feed.getUri());
    }

    @Test
    void badParametersAreDanishJsonErrors() throws Exception {
        HttpResponse<byte[]> empty = get("/feed");
        assertEquals(400, empty.statusCode());
        assertTrue(new String(empty.body(), java.nio.charset.StandardCharsets.UTF_8).contains("\"error\":\"empty_query\""));
        HttpResponse<byte[]> date = get("/feed?q=budget&from=igår");
        assertEquals(400, date.statusCode());
        assertTrue(new String(date.body(), java.nio.charset.StandardCharsets.UTF_8).contains("Fra-datoen ('from')"));
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static SyndFeed parse(byte[] xml) throws Exception {
        return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(xml)));
    }
}
