package dk.referatarkiv.cli;

import dk.referatarkiv.entities.EntityCache;
import dk.referatarkiv.index.ArchiveIndex;
import dk.referatarkiv.ingest.ParseCache;
import dk.referatarkiv.nlp.AnnotationCache;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11: opening an archive whose index is current parses no file and reads the analysis its build stored (no
 * annotations, no entity extraction, no reading of persons); without that analysis it annotates no text and extracts
 * no item's entities (both come from the caches in the index directory). Either way it serves the same archive as
 * the first opening, people included.
 */
class CurrentIndexStartTest {

    @TempDir
    Path tmp;

    @Test
    void aStartWithACurrentIndexNeitherParsesNorExtracts() throws IOException {
        Path corpus = TestData.corpusWith(tmp.resolve("corpus"), TestData.SOEHOLM, TestData.BAKKEBY);
        OpenArchive.Locations at = new OpenArchive.Locations(corpus, tmp.resolve("index"), TestData.MODELS);
        int files;
        try (var list = Files.list(corpus)) {
            files = (int) list.count();
        }
        ByteArrayOutputStream firstOut = new ByteArrayOutputStream();
        List<Object> first = served(at, firstOut);
        assertTrue(firstOut.toString(StandardCharsets.UTF_8).contains("(0 files from the parse cache, " + files + " parsed)"),
                firstOut.toString(StandardCharsets.UTF_8));
        for (String cache : List.of(ParseCache.FILE, AnnotationCache.FILE, EntityCache.FILE, AnalysisSnapshot.FILE)) {
            assertTrue(Files.isRegularFile(at.index().resolve(cache)), cache);
        }

        ByteArrayOutputStream secondOut = new ByteArrayOutputStream();
        assertEquals(first, served(at, secondOut));
        String second = secondOut.toString(StandardCharsets.UTF_8);
        assertTrue(second.contains("read the analysis of the last build"), second);
        assertTrue(second.contains("(" + files + " files from the parse cache, 0 parsed)"), second);
        assertFalse(second.contains("annotated"), second);
        assertTrue(second.contains("is current"), second);

        // Without the stored analysis, the caches spare the annotation and the extraction; the analysis is stored again.
        Files.delete(at.index().resolve(AnalysisSnapshot.FILE));
        ByteArrayOutputStream thirdOut = new ByteArrayOutputStream();
        assertEquals(first, served(at, thirdOut));
        String third = thirdOut.toString(StandardCharsets.UTF_8);
        assertTrue(third.contains(", 0 annotated)"), third);
        assertTrue(third.contains(" from the entity cache, 0 extracted)"), third);
        assertTrue(third.contains("is current"), third);
        assertTrue(Files.isRegularFile(at.index().resolve(AnalysisSnapshot.FILE)));

        // A rebuild is a new commit: the analysis is stored again under it, and the next start reads that one.
        String commitBefore = ArchiveIndex.commitId(at.index());
        byte[] before = Files.readAllBytes(at.index().resolve(AnalysisSnapshot.FILE));
        try (OpenArchive rebuilt = OpenArchive.open(at, true, new PrintStream(new ByteArrayOutputStream()))) {
            assertTrue(rebuilt.index().exists());
        }
        assertFalse(commitBefore.equals(ArchiveIndex.commitId(at.index())));
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(at.index().resolve(AnalysisSnapshot.FILE))),
                "stored again, under the new commit");
        ByteArrayOutputStream fourthOut = new ByteArrayOutputStream();
        assertEquals(first, served(at, fourthOut));
        assertTrue(fourthOut.toString(StandardCharsets.UTF_8).contains("read the analysis of the last build"));
    }

    @Test
    void aDamagedStoredAnalysisIsComputedAgain() throws IOException {
        Path corpus = TestData.corpusWith(tmp.resolve("corpus"), TestData.RAVNSOE);
        OpenArchive.Locations at = new OpenArchive.Locations(corpus, tmp.resolve("index"), TestData.MODELS);
        List<Object> first = served(at, new ByteArrayOutputStream());
        Path stored = at.index().resolve(AnalysisSnapshot.FILE);
        byte[] bytes = Files.readAllBytes(stored);
        Files.write(stored, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(first, served(at, out));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(", 0 annotated)"), out.toString(StandardCharsets.UTF_8));
        assertEquals(bytes.length, Files.size(stored), "the analysis is stored whole again");
    }

    /** What an opening serves: meetings, reports, entities, persons and everything the people views show. */
    private static List<Object> served(OpenArchive.Locations at, ByteArrayOutputStream out) throws IOException {
        try (OpenArchive a = OpenArchive.open(at, false, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            return List.of(a.corpus().meetings(), a.corpus().reports(), a.entities().items(),
                    List.copyOf(a.entities().persons().persons()), a.people().readings(), a.people().timeline().all(),
                    a.people().memberships().all(), a.people().search(""));
        }
    }
}
