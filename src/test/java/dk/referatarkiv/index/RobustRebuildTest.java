package dk.referatarkiv.index;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.nlp.AnnotatedItem;
import dk.referatarkiv.search.ArchiveSearcher;
import dk.referatarkiv.search.EntityFilters;
import dk.referatarkiv.search.FacetValue;
import dk.referatarkiv.search.SearchHit;
import dk.referatarkiv.search.SearchRequest;
import dk.referatarkiv.search.SearchResult;
import dk.referatarkiv.search.SortOrder;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 10: an undated meeting, a meeting whose documents fail, and a rebuild that fails midway. */
class RobustRebuildTest {

    private static AnnotatedCorpus annotated;
    private static CorpusEntities entities;

    @TempDir
    Path tmp;

    @BeforeAll
    static void annotate(@TempDir Path corpusDir) throws IOException {
        Corpus corpus = TestData.load(TestData.corpusWith(corpusDir, "fixtures/bad/no-date.txt"));
        annotated = AnnotatedCorpus.annotate(corpus, TestData.pipeline());
        entities = TestData.entitiesOf(annotated);
    }

    private static ArchiveIndex open(Path dir) throws IOException {
        return ArchiveIndex.open(dir, new LemmaAnalysis(TestData.pipeline()));
    }

    /** Regression: an undated meeting failed the build ("Inconsistency of field data structures ... field [date]"). */
    @Test
    void undatedMeetingIsIndexedSortedLastAndFacetedAsUnknown() throws IOException {
        try (ArchiveIndex index = open(tmp.resolve("index"))) {
            IndexCounters counters = index.rebuild(annotated, entities);
            assertEquals(6, counters.meetings());
            assertEquals(Map.of(), counters.leftOut());
            ArchiveSearcher searcher = new ArchiveSearcher(index);
            SearchResult byDate = searcher.search(new SearchRequest("dagsorden", null, null, null, EntityFilters.NONE,
                    1, 100, SortOrder.DATE));
            List<SearchHit> hits = byDate.hits();
            SearchHit last = hits.get(hits.size() - 1);
            assertTrue(last.meetingId().startsWith("oekonomiudvalget-"), last.toString());
            assertNull(last.meetingDate());
            assertTrue(hits.stream().limit(hits.size() - 2).allMatch(h -> h.meetingDate() != null), hits.toString());
            List<String> years = byDate.facets().get(Fields.FACET_YEAR).stream().map(FacetValue::value).toList();
            assertTrue(years.contains(Fields.UNKNOWN_YEAR), years.toString());
            SearchResult ranked = searcher.search(SearchRequest.of("Regnskab 2019", 5));
            assertTrue(ranked.hits().get(0).meetingId().startsWith("oekonomiudvalget-"), ranked.hits().toString());
        }
    }

    /** A meeting whose block Lucene refuses is left out with its reason; the other meetings are indexed. */
    @Test
    void meetingWhoseDocumentsFailIsLeftOutAlone() throws IOException {
        Meeting good = annotated.corpus().meetings().get(0);
        // A body of one 40,000-letter word: an "immense term" Lucene refuses when the block is added.
        Meeting bad = new Meeting("broken-2020-01-01", "", "x".repeat(40_000), good.date(), null, null, good.place(),
                good.participants(), good.items(), "broken.txt");
        List<Meeting> meetings = new ArrayList<>(annotated.corpus().meetings());
        meetings.add(bad);
        List<AnnotatedItem> items = new ArrayList<>(annotated.items());
        annotated.items().stream().filter(i -> i.meeting().equals(good))
                .forEach(i -> items.add(new AnnotatedItem(bad, i.item(), i.title(), i.sections())));
        AnnotatedCorpus withBad = new AnnotatedCorpus(new Corpus(meetings, List.of(), "with-bad"), items,
                annotated.headers(), 0);
        try (ArchiveIndex index = open(tmp.resolve("index"))) {
            IndexCounters counters = index.rebuild(withBad, entities);
            assertEquals(6, counters.meetings());
            assertEquals(List.of("broken-2020-01-01"), List.copyOf(counters.leftOut().keySet()));
            assertTrue(counters.leftOut().get("broken-2020-01-01").contains("immense term"), counters.toString());
            assertEquals(counters.items() + counters.headers(), index.documentCount());
            assertEquals(counters.leftOut(), index.leftOut());
        }
    }

    /** Regression: a failed rebuild committed a partial index over the good one (commit on close). */
    @Test
    void rebuildThatFailsMidwayLeavesThePreviousIndex() throws IOException {
        Path dir = tmp.resolve("index");
        int before;
        Map<String, String> commitBefore;
        try (ArchiveIndex index = open(dir)) {
            index.rebuild(annotated, entities);
            before = index.documentCount();
            commitBefore = index.commitData();
            ArchiveSearcher searcher = new ArchiveSearcher(index);
            long total = searcher.search(SearchRequest.of("chefforum", 10)).total();
            int[] written = {0};
            IOException failure = assertThrows(IOException.class, () -> index.rebuild(annotated, entities, meetingId -> {
                if (++written[0] == 3) {
                    throw new IOException("disk full (injected)");
                }
            }));
            assertEquals("disk full (injected)", failure.getMessage());
            assertEquals(before, index.documentCount());
            assertEquals(total, searcher.search(SearchRequest.of("chefforum", 10)).total());
            assertEquals(commitBefore, index.commitData());
        }
        try (ArchiveIndex reopened = open(dir)) {
            assertEquals(before, reopened.documentCount());
            assertTrue(reopened.isCurrent(annotated.corpus().fingerprint()));
            assertEquals(before, reopened.rebuild(annotated, entities).items() + 6);
            assertEquals(before, reopened.documentCount());
        }
    }
}
