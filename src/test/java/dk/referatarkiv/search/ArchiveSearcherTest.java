package dk.referatarkiv.search;

import dk.referatarkiv.index.ArchiveIndex;
import dk.referatarkiv.index.ItemDocumentGenerator;
import dk.referatarkiv.ingest.SectionKind;
import dk.referatarkiv.testing.SearchFixture;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search behaviour on the real corpus. */
class ArchiveSearcherTest {

    @TempDir
    static Path tmp;
    private static SearchFixture archive;

    @BeforeAll
    static void build() throws IOException {
        archive = SearchFixture.of(TestData.load(TestData.CORPUS), tmp.resolve("index"));
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    @Test
    void indexHoldsEveryItemAndEveryMeetingHeader() throws IOException {
        // 33 agenda items + 5 meeting headers (item 0).
        assertEquals(38, archive.index().documentCount());
    }

    @Test
    void netvaerkRanksTheNetworkItemFirst() throws IOException {
        SearchHit first = search("netværk").hits().get(0);
        assertEquals("chefforum-2017-05-02", first.meetingId());
        assertEquals(3, first.item());
        assertEquals("2017-05-02", first.meetingDate());
        assertEquals("00.01.00-A00-28-17", first.journalNumber());
        assertEquals("Chefforum", first.body());
    }

    @Test
    void snippetsMarkTheMatchedWords() throws IOException {
        SearchHit hit = search("sundhedspuljen").hits().get(0);
        assertEquals("chefforum-2017-05-02", hit.meetingId());
        assertEquals(4, hit.item());
        assertTrue(hit.snippet().contains("<mark>Sundhedspuljen</mark>"), hit.snippet());
        assertTrue(hit.snippet().length() < 700, hit.snippet());
    }

    /**
     * A relevance search takes each hit's score from its sort values instead of scoring the top hits again; a search by
     * date still scores them after. Both must give every item the same score, and the hits and answers the same.
     */
    @Test
    void aHitsScoreIsTheSameSortedByRelevanceOrByDate() throws IOException {
        for (String q : List.of("budget 2025", "netværk", "Henrik Harder", "sundhedspuljen besparelse", "chefforum")) {
            java.util.Map<String, Float> byRelevance = new java.util.HashMap<>();
            List<SearchHit> relevant = archive.searcher().search(SearchRequest.of(q, 100)).hits();
            for (int i = 0; i < relevant.size(); i++) {
                SearchHit hit = relevant.get(i);
                assertTrue(hit.score() > 0, q + ": " + hit);
                assertTrue(i == 0 || relevant.get(i - 1).score() >= hit.score(), q + ": not in score order at " + i);
                byRelevance.put(hit.meetingId() + "#" + hit.item(), hit.score());
            }
            assertEquals(relevant.stream().map(SearchHit::score).toList(),
                    archive.searcher().find(SearchRequest.of(q, 100)).stream().map(SearchHit::score).toList(), q);
            List<SearchHit> byDate = archive.searcher().search(new SearchRequest(q, null, null, null, EntityFilters.NONE, 1, 100,
                    SortOrder.DATE)).hits();
            assertEquals(byRelevance.size(), byDate.size(), q);
            for (SearchHit hit : byDate) {
                assertEquals(byRelevance.get(hit.meetingId() + "#" + hit.item()), hit.score(), q + ": " + hit);
            }
        }
    }

    /**
     * Earlier items on the same matter: every item of the journal number, newest first (all score alike), also when
     * the newest meeting came into the index last (an update adds a segment after the others).
     */
    @Test
    void itemsOfTheSameJournalNumberComeNewestFirstWhateverTheirPlaceInTheIndex() throws IOException {
        Path folder = java.nio.file.Files.createDirectories(tmp.resolve("journal"));
        for (String file : List.of("chefforum-2024-01-17.md", "chefforum-2024-02-14.txt")) {
            java.nio.file.Files.copy(TestData.CORPUS.resolve(file), folder.resolve(file));
        }
        dk.referatarkiv.nlp.DanishPipeline pipeline = TestData.pipeline();
        try (ArchiveIndex updated = ArchiveIndex.open(tmp.resolve("journal-index"),
                new dk.referatarkiv.index.LemmaAnalysis(pipeline))) {
            var older = dk.referatarkiv.nlp.AnnotatedCorpus.annotate(TestData.load(folder), pipeline);
            updated.rebuild(older, TestData.entitiesOf(older));
            java.nio.file.Files.copy(TestData.CORPUS.resolve("chefforum-2024-11-20.txt"),
                    folder.resolve("chefforum-2024-11-20.txt"));
            var all = dk.referatarkiv.nlp.AnnotatedCorpus.annotate(TestData.load(folder), pipeline);
            updated.update(all, TestData.entitiesOf(all));
            assertNewestFirst(new SimilarItems(updated).of("chefforum-2024-02-14", 1, 10).orElseThrow().sameJournal());
        }
        assertNewestFirst(new SimilarItems(archive.index()).of("chefforum-2024-02-14", 1, 10).orElseThrow().sameJournal());
    }

    private static void assertNewestFirst(List<SearchHit> same) {
        assertTrue(same.size() >= 3, same.toString());
        for (int i = 1; i < same.size(); i++) {
            assertTrue(same.get(i - 1).meetingDate().compareTo(same.get(i).meetingDate()) >= 0, same.toString());
        }
        assertTrue(same.get(0).meetingDate().compareTo(same.get(same.size() - 1).meetingDate()) > 0, same.toString());
    }

    @Test
    void meetingHeaderIsItemZero() throws IOException {
        SearchHit hit = search("Henrik Harder").hits().get(0);
        assertEquals("chefforum-2024-11-20", hit.meetingId());
        assertEquals(0, hit.item());
        assertEquals(ItemDocumentGenerator.HEADER_TITLE, hit.title());
        assertEquals("Mødeoplysninger", hit.section());
    }

    @Test
    void quotedPhraseMatchesOnlyTheExactSequence() throws IOException {
        SearchResult phrase = search("\"fire dages arbejdsuge\"");
        assertEquals(1, phrase.total());
        assertEquals(2, phrase.hits().get(0).item());
        assertTrue(search("fire dages arbejdsuge").total() > 1);
    }

    @Test
    void leadingMinusExcludes() throws IOException {
        long all = search("budget").total();
        SearchResult without = search("budget -2025");
        assertTrue(without.total() < all);
        for (SearchHit hit : without.hits()) {
            assertFalse(hit.title().contains("2025"), hit.title());
        }
    }

    @Test
    void dateFilterAndDateSort() throws IOException {
        SearchResult in2024 = archive.searcher().search(new SearchRequest("budget", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), null, null, 1, 100, SortOrder.DATE));
        assertTrue(in2024.total() > 0);
        String previous = "9999";
        for (SearchHit hit : in2024.hits()) {
            assertTrue(hit.meetingDate().startsWith("2024"), hit.meetingDate());
            assertTrue(hit.meetingDate().compareTo(previous) <= 0, "newest first");
            previous = hit.meetingDate();
        }
    }

    @Test
    void filterWithoutTextListsEveryMatchingItemNewestFirst() throws IOException {
        SearchResult result = archive.searcher().search(new SearchRequest("", LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31),
                null, null, 1, 100, SortOrder.DATE));
        assertEquals(7, result.total(), "the meeting header (item 0) and six items");
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), result.hits().stream().map(SearchHit::item).toList());
    }

    @Test
    void sectionFilterSearchesOnlyThatSection() throws IOException {
        SearchResult decisions = archive.searcher().search(new SearchRequest("Prioriteringsspillet", null, null,
                SectionKind.BESLUTNING, null, 1, 10, SortOrder.RELEVANCE));
        assertEquals(1, decisions.total());
        assertEquals("Beslutning", decisions.hits().get(0).section());
        SearchResult background = archive.searcher().search(new SearchRequest("Prioriteringsspillet", null, null,
                SectionKind.ANLEDNING, null, 1, 10, SortOrder.RELEVANCE));
        assertEquals(0, background.total());
    }

    @Test
    void pagesDoNotOverlap() throws IOException {
        SearchResult first = archive.searcher().search(new SearchRequest("chefforum", null, null, null, null, 1, 5, SortOrder.RELEVANCE));
        SearchResult second = archive.searcher().search(new SearchRequest("chefforum", null, null, null, null, 2, 5, SortOrder.RELEVANCE));
        assertEquals(first.total(), second.total());
        assertEquals(5, second.hits().size());
        for (SearchHit hit : second.hits()) {
            assertFalse(first.hits().stream().anyMatch(h -> h.meetingId().equals(hit.meetingId()) && h.item() == hit.item()));
        }
    }

    @Test
    void hostileQueriesNeverFail() throws IOException {
        for (String q : List.of("budget AND (", "\"", "*", "?", "title:", "\\", "~", "[2017 TO 2024]", "og", "-",
                "<script>alert(1)</script>", "ø".repeat(1000), "a ".repeat(500))) {
            SearchResult result = search(q);
            assertTrue(result.total() >= 0, q);
        }
        assertEquals(0, search("og").total(), "stop words alone find nothing");
    }

    private static SearchResult search(String text) throws IOException {
        return archive.searcher().search(SearchRequest.of(text, 10));
    }
}
