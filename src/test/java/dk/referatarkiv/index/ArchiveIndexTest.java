package dk.referatarkiv.index;

import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.internal.RequestBudget;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.search.ArchiveSearcher;
import dk.referatarkiv.search.SearchRequest;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArchiveIndexTest {

    @TempDir
    Path tmp;

    @Test
    void indexSurvivesReopeningAndKnowsItsCorpus() throws IOException {
        Corpus corpus = TestData.load(TestData.CORPUS);
        Path dir = tmp.resolve("index");
        try (ArchiveIndex index = ArchiveIndex.open(dir, new LemmaAnalysis(TestData.pipeline()))) {
            assertFalse(index.exists());
            assertFalse(index.isCurrent(corpus.fingerprint()));
            AnnotatedCorpus annotated = AnnotatedCorpus.annotate(corpus, TestData.pipeline());
            IndexCounters counters = index.rebuild(annotated, TestData.entitiesOf(annotated));
            assertEquals(new IndexCounters(5, 33, 5, 0, counters.millis()), counters);
        }
        try (ArchiveIndex reopened = ArchiveIndex.open(dir, new LemmaAnalysis(TestData.pipeline()))) {
            assertTrue(reopened.exists());
            assertTrue(reopened.isCurrent(corpus.fingerprint()));
            assertFalse(reopened.isCurrent("another corpus"));
            assertEquals(38, reopened.documentCount());
            assertEquals(1, new ArchiveSearcher(reopened).search(SearchRequest.of("Prioriteringsspillet", 5)).total());
        }
        try (ArchiveIndex stemmed = ArchiveIndex.open(dir, new StemmerAnalysis())) {
            assertFalse(stemmed.isCurrent(corpus.fingerprint()), "built with another analysis");
        }
    }

    /** A search inside a spent request budget stops instead of running on; outside a request nothing is checked. */
    @Test
    void aSearchStopsWhenItsRequestBudgetIsSpent() throws IOException {
        Corpus corpus = TestData.load(TestData.CORPUS);
        try (ArchiveIndex index = ArchiveIndex.open(tmp.resolve("budget"), new LemmaAnalysis(TestData.pipeline()))) {
            AnnotatedCorpus annotated = AnnotatedCorpus.annotate(corpus, TestData.pipeline());
            index.rebuild(annotated, TestData.entitiesOf(annotated));
            ArchiveSearcher searcher = new ArchiveSearcher(index);
            RequestBudget.start(-1); // already spent
            try {
                assertThrows(RequestBudget.Exceeded.class, () -> searcher.search(SearchRequest.of("budget", 5)));
            } finally {
                RequestBudget.clear();
            }
            assertTrue(searcher.search(SearchRequest.of("budget", 5)).total() > 0);
            RequestBudget.start(60_000);
            try {
                assertTrue(searcher.search(SearchRequest.of("budget", 5)).total() > 0, "within its budget");
            } finally {
                RequestBudget.clear();
            }
        }
    }

    /** One owner per index: a second opening fails at once and names the directory and the holder. */
    @Test
    void anIndexHasOneOwnerAtATime() throws IOException {
        Path dir = tmp.resolve("owned");
        try (ArchiveIndex first = ArchiveIndex.open(dir, new StemmerAnalysis())) {
            ArchiveIndex.InUseException e = org.junit.jupiter.api.Assertions.assertThrows(ArchiveIndex.InUseException.class,
                    () -> ArchiveIndex.open(dir, new StemmerAnalysis()));
            assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
            assertFalse(first.exists());
        }
        try (ArchiveIndex again = ArchiveIndex.open(dir, new StemmerAnalysis())) {
            assertFalse(again.exists(), "free again once the owner closed it");
        }
    }

    /** Searchers see either the old or the new complete index while a rebuild runs, never a partial one. */
    @Test
    void searchesDuringRebuildsSeeACompleteIndex() throws Exception {
        Corpus corpus = TestData.load(TestData.CORPUS);
        try (ArchiveIndex index = TestData.indexOf(corpus, tmp.resolve("index"))) {
            ArchiveSearcher searcher = new ArchiveSearcher(index);
            AnnotatedCorpus annotated = AnnotatedCorpus.annotate(corpus, TestData.pipeline());
            var entities = TestData.entitiesOf(annotated);
            long expected = searcher.search(SearchRequest.of("chefforum", 10)).total();
            AtomicBoolean rebuilding = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<List<Long>> totals = pool.submit(() -> {
                    List<Long> seen = new ArrayList<>();
                    while (rebuilding.get()) {
                        seen.add(searcher.search(SearchRequest.of("chefforum", 10)).total());
                    }
                    return seen;
                });
                Future<?> rebuilds = pool.submit(() -> {
                    for (int i = 0; i < 8; i++) {
                        index.rebuild(annotated, entities);
                    }
                    rebuilding.set(false);
                    return null;
                });
                rebuilds.get(60, TimeUnit.SECONDS);
                List<Long> seen = totals.get(60, TimeUnit.SECONDS);
                assertFalse(seen.isEmpty());
                assertTrue(seen.stream().allMatch(t -> t == expected), "totals seen: " + seen);
                assertEquals(8, index.generation() - 1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
