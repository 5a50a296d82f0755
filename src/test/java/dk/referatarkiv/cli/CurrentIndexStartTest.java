package dk.referatarkiv.cli;

import dk.referatarkiv.entities.EntityCache;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11: opening an archive whose index is current parses no file, annotates no text and extracts no item's
 * entities (all three come from the caches in the index directory), and serves the same archive as the first opening.
 */
class CurrentIndexStartTest {

    @TempDir
    Path tmp;

    @Test
    void aStartWithACurrentIndexNeitherParsesNorExtracts() throws IOException {
        Path corpus = TestData.corpusWith(tmp.resolve("corpus"));
        OpenArchive.Locations at = new OpenArchive.Locations(corpus, tmp.resolve("index"), TestData.MODELS);
        int files;
        try (var list = Files.list(corpus)) {
            files = (int) list.count();
        }
        List<Object> first;
        ByteArrayOutputStream firstOut = new ByteArrayOutputStream();
        try (OpenArchive a = OpenArchive.open(at, false, new PrintStream(firstOut, true, StandardCharsets.UTF_8))) {
            first = List.of(a.corpus().meetings(), a.corpus().reports(), a.entities().items(),
                    List.copyOf(a.entities().persons().persons()));
        }
        assertTrue(firstOut.toString(StandardCharsets.UTF_8).contains("(0 files from the parse cache, " + files + " parsed)"),
                firstOut.toString(StandardCharsets.UTF_8));
        for (String cache : List.of(ParseCache.FILE, AnnotationCache.FILE, EntityCache.FILE)) {
            assertTrue(Files.isRegularFile(at.index().resolve(cache)), cache);
        }

        ByteArrayOutputStream secondOut = new ByteArrayOutputStream();
        try (OpenArchive b = OpenArchive.open(at, false, new PrintStream(secondOut, true, StandardCharsets.UTF_8))) {
            assertEquals(first, List.of(b.corpus().meetings(), b.corpus().reports(), b.entities().items(),
                    List.copyOf(b.entities().persons().persons())));
        }
        String second = secondOut.toString(StandardCharsets.UTF_8);
        assertTrue(second.contains("(" + files + " files from the parse cache, 0 parsed)"), second);
        assertTrue(second.contains(", 0 annotated)"), second);
        assertTrue(second.contains(" from the entity cache, 0 extracted)"), second);
        assertTrue(second.contains("is current"), second);
    }
}
