package dk.referatarkiv.bench;

import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.CorpusLoader;
import dk.referatarkiv.ingest.FileReport;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.MinutesParser;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scale corpus: about the requested items, every file parseable and different from every other and from its
 * template, the same corpus for the same seed. The real-world part is skipped when {@code ../shared/realworld} is
 * absent.
 */
class ScaleCorpusGeneratorTest {

    private static final int ITEMS = 200;
    private static final Path REALWORLD_CORPUS = TestData.REALWORLD.resolve("corpus");

    @TempDir
    Path dir;

    @Test
    void theBundledCorpusGivesAboutTheRequestedItemsInDistinctParseableFiles() throws IOException {
        ScaleCorpusGenerator generator = new ScaleCorpusGenerator(List.of(TestData.CORPUS), 1);
        ScaleCorpusGenerator.Result result = generator.generate(ITEMS, dir);
        assertReadBackAsGenerated(result, dir, List.of(TestData.CORPUS));
        assertEquals(5, result.templates());
        assertTrue(result.reordered() > 0, "some copies have their items in another order: " + result);
        assertTrue(result.namesSwapped() > 0 && result.amountsScaled() > 0 && result.datesMoved() > 0, result.toString());
        assertEquals(0, result.datesLeft(), "every date of the bundled minutes can be rewritten: " + result);
    }

    @Test
    void theRealWorldMinutesGiveAboutTheRequestedItemsInDistinctParseableFiles() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(REALWORLD_CORPUS), "no " + REALWORLD_CORPUS + "; skipping");
        List<Path> templates = List.of(TestData.CORPUS, REALWORLD_CORPUS);
        ScaleCorpusGenerator.Result result = new ScaleCorpusGenerator(templates, 1).generate(ITEMS, dir);
        assertReadBackAsGenerated(result, dir, templates);
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().matches("\\d{6}-0\\d\\d\\.txt")),
                    "copies of real-world files (corpus/NNN.txt) are among the files");
        }
    }

    @Test
    void datesMoveByWholeWeeksSoWeekdaysStayRight() throws IOException {
        new ScaleCorpusGenerator(List.of(TestData.CORPUS), 3).generate(ITEMS, dir);
        Map<String, DayOfWeek> templateWeekday = new LinkedHashMap<>();
        for (Meeting m : new CorpusLoader().load(TestData.CORPUS).meetings()) {
            templateWeekday.put(m.sourceFile().substring(0, m.sourceFile().lastIndexOf('.')), m.date().getDayOfWeek());
        }
        Corpus generated = new CorpusLoader().load(dir);
        Set<String> dates = new HashSet<>();
        for (Meeting m : generated.meetings()) {
            String template = templateWeekday.keySet().stream().filter(t -> m.sourceFile().contains(t)).findFirst()
                    .orElseThrow();
            assertEquals(templateWeekday.get(template), m.date().getDayOfWeek(), m.sourceFile() + " " + m.date());
            dates.add(m.date().toString());
        }
        assertEquals(generated.meetings().size(), dates.size(), "no two copies share a date (they share the body)");
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() throws IOException {
        Map<String, String> first = generate(7, dir.resolve("a"));
        assertEquals(first, generate(7, dir.resolve("b")));
        assertNotEquals(first, generate(8, dir.resolve("c")));
    }

    private static Map<String, String> generate(long seed, Path out) throws IOException {
        new ScaleCorpusGenerator(List.of(TestData.CORPUS), seed).generate(60, out);
        return contents(out);
    }

    private static void assertReadBackAsGenerated(ScaleCorpusGenerator.Result result, Path out, List<Path> templateDirs)
            throws IOException {
        assertTrue(result.items() >= ITEMS && result.items() < ITEMS + 40,
                "about the requested items (the last file may go over): " + result);
        Corpus corpus = new CorpusLoader(new MinutesParser(), CorpusLoader.MAX_FILE_BYTES).load(out);
        assertEquals(List.of(), corpus.reports().stream().filter(r -> r.status() != FileReport.Status.INDEXED).toList(),
                "every file is read (none is a second copy of a meeting)");
        assertEquals(result.files(), corpus.reports().size());
        assertEquals(result.meetings(), corpus.meetings().size());
        assertEquals(result.items(), corpus.itemCount());

        Map<String, String> generated = contents(out);
        assertEquals(generated.size(), new HashSet<>(generated.values()).size(), "no two files are identical");
        Set<String> templates = new HashSet<>();
        for (Path t : templateDirs) {
            templates.addAll(contents(t).values());
        }
        for (Map.Entry<String, String> e : generated.entrySet()) {
            assertFalse(templates.contains(e.getValue()), e.getKey() + " is a template unchanged");
        }
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> contents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                contents.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return contents;
    }
}
