package dk.referatarkiv.index;

import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.search.ArchiveSearcher;
import dk.referatarkiv.search.SearchRequest;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10: a rebuild killed midway (kill -9, power cut) leaves the previous index serving, and the next start and
 * rebuild work. The build runs in a child JVM ({@link #main}) that stops after writing two meetings, so the kill
 * always lands mid-build, with the new build's files and the write lock on disk.
 */
class KilledRebuildIT {

    private static final String MID_BUILD = "MID-BUILD";

    @TempDir
    Path tmp;

    private static ArchiveIndex open(Path dir) throws IOException {
        return ArchiveIndex.open(dir, new LemmaAnalysis(TestData.pipeline()));
    }

    @Test
    @Timeout(60)
    void killedRebuildLeavesThePreviousIndex() throws Exception {
        Path dir = tmp.resolve("index");
        Corpus old = TestData.load(TestData.corpusOf(tmp.resolve("old"), "fixtures/layouts/udvalg.txt"));
        int oldCount;
        Map<String, String> oldCommit;
        try (ArchiveIndex index = TestData.indexOf(old, dir)) {
            oldCount = index.documentCount();
            oldCommit = index.commitData();
        }

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledRebuildIT.class.getName(), dir.toString())
                .redirectError(tmp.resolve("child.log").toFile())
                .start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.equals(MID_BUILD));
            assertEquals(MID_BUILD, line, "the child stopped before the build began; see child.log");
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }

        try (ArchiveIndex reopened = open(dir)) {
            assertEquals(oldCommit, reopened.commitData(), "the killed build did not commit");
            assertEquals(oldCount, reopened.documentCount());
            ArchiveSearcher searcher = new ArchiveSearcher(reopened);
            assertEquals(1, searcher.search(SearchRequest.of("Regnskab 2019", 5)).hits().stream()
                    .filter(h -> h.item() == 2).count());
            Corpus bundled = TestData.load(TestData.CORPUS);
            AnnotatedCorpus annotated = AnnotatedCorpus.annotate(bundled, TestData.pipeline());
            IndexCounters counters = reopened.rebuild(annotated, TestData.entitiesOf(annotated));
            assertEquals(38, counters.items() + counters.headers());
            assertEquals(38, reopened.documentCount());
            assertTrue(reopened.isCurrent(bundled.fingerprint()));
        }
    }

    /** The child: rebuilds the index in {@code args[0]} from the bundled corpus and hangs after two meetings. */
    public static void main(String[] args) throws Exception {
        Corpus corpus = TestData.load(TestData.CORPUS);
        AnnotatedCorpus annotated = AnnotatedCorpus.annotate(corpus, TestData.pipeline());
        try (ArchiveIndex index = open(Path.of(args[0]))) {
            int[] written = {0};
            index.rebuild(annotated, TestData.entitiesOf(annotated), meetingId -> {
                if (++written[0] == 2) {
                    System.out.println(MID_BUILD);
                    System.out.flush();
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        }
    }
}
