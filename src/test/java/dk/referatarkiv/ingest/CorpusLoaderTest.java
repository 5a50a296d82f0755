package dk.referatarkiv.ingest;

import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input: each bad file is reported by name and skipped or flagged; every other file is still read. */
class CorpusLoaderTest {

    @TempDir
    Path dir;

    /** The fingerprint from bytes alone is the one a full load gives, bad files and settings included. */
    @Test
    void theFingerprintWithoutParsingIsTheLoadsFingerprint() throws IOException {
        Path corpus = dk.referatarkiv.testing.TestData.corpusWith(dir.resolve("corpus"), "fixtures/bad/binary.bin",
                "fixtures/bad/empty.txt", "fixtures/bad/duplicate-meeting.txt", "fixtures/layouts/udvalg.txt");
        java.nio.file.Files.writeString(corpus.resolve("referatarkiv.properties"), "kommune=Albertslund\n");
        CorpusLoader loader = new CorpusLoader();
        String before = loader.fingerprint(corpus, ParseCache.empty());
        assertEquals(loader.load(corpus).fingerprint(), before);
        java.nio.file.Files.writeString(corpus.resolve("udvalg.txt"), "Referat\n", java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(before, loader.fingerprint(corpus, ParseCache.empty()), "a changed file changes it");
        assertEquals(loader.load(corpus).fingerprint(), loader.fingerprint(corpus, ParseCache.empty()));
    }

    /** Hidden files and whatever a hidden folder holds (".git", an upload being written) are not minutes. */
    @Test
    void hiddenFilesAndFoldersAreNotRead() throws IOException {
        Path corpus = TestData.corpusWith(dir.resolve("hidden"), "fixtures/layouts/udvalg.txt");
        CorpusLoader loader = new CorpusLoader();
        String before = loader.fingerprint(corpus, ParseCache.empty());
        List<String> files = loader.load(corpus).reports().stream().map(FileReport::file).toList();
        Files.writeString(corpus.resolve(".upload-1.part"), TestData.read("fixtures/layouts/plain.txt"));
        Path hidden = Files.createDirectories(corpus.resolve(".uploads"));
        Files.writeString(hidden.resolve("plain.txt"), TestData.read("fixtures/layouts/plain.txt"));
        assertEquals(files, loader.load(corpus).reports().stream().map(FileReport::file).toList());
        assertTrue(files.contains("udvalg.txt"), files.toString());
        assertEquals(before, loader.fingerprint(corpus, ParseCache.empty()));

        // a corpus folder that is itself inside a hidden folder is read like any other
        Path inHidden = TestData.corpusWith(dir.resolve(".arkiv/corpus"), "fixtures/layouts/udvalg.txt");
        assertEquals(files, loader.load(inHidden).reports().stream().map(FileReport::file).toList());
    }

    /**
     * Another parser may read the same bytes into other meetings: an index built from the old parser's results must
     * not count as current, so the version is part of the fingerprint.
     */
    @Test
    void anotherParserVersionIsAnotherCorpus() throws IOException {
        Path corpus = dk.referatarkiv.testing.TestData.corpusWith(dir.resolve("versions"), "fixtures/layouts/udvalg.txt");
        CorpusLoader loader = new CorpusLoader();
        ParseCache older = ParseCache.load(dir.resolve("no-such-cache.bin"), ParseCache.PARSER_VERSION - 1);
        assertNotEquals(loader.fingerprint(corpus, ParseCache.empty()), loader.fingerprint(corpus, older));
        assertEquals(loader.load(corpus, older).fingerprint(), loader.fingerprint(corpus, older));
    }

    @Test
    void aFolderSettingNamesTheMunicipalityWhenTheTextDoesNot() throws IOException {
        Path root = dir.resolve("settings");
        Path sub = Files.createDirectories(root.resolve("nordby"));
        Files.writeString(root.resolve("referatarkiv.properties"), "kommune=Albertslund\n");
        Files.writeString(sub.resolve("referatarkiv.properties"), "kommune=Nordby\n");
        Files.writeString(root.resolve("a.txt"), TestData.read("fixtures/layouts/udvalg.txt"));
        Files.writeString(sub.resolve("b.txt"), TestData.read("fixtures/layouts/plain.txt"));
        Corpus corpus = new CorpusLoader().load(root);
        assertEquals(Map.of("albertslund-oekonomiudvalget-2020-06-24", "Albertslund",
                        "nordby-chefforum-2025-03-05", "Nordby"),
                corpus.meetings().stream().collect(Collectors.toMap(Meeting::id, Meeting::municipality)));
        String before = corpus.fingerprint();
        Files.writeString(sub.resolve("referatarkiv.properties"), "kommune=Varde\n");
        assertNotEquals(before, new CorpusLoader().load(root).fingerprint(), "a changed setting is a changed corpus");
    }

    @Test
    void anUnreadableSettingsFileIsReportedAndTheMinutesAreStillRead() throws IOException {
        Path bad = Files.createDirectories(dir.resolve("bad-settings"));
        Files.writeString(bad.resolve("referatarkiv.properties"), "kommune=\\uZZZZ\n");
        Files.writeString(bad.resolve("a.txt"), TestData.read("fixtures/layouts/udvalg.txt"));
        Corpus corpus = new CorpusLoader().load(bad);
        assertEquals(1, corpus.meetings().size());
        FileReport settings = corpus.reports().stream().filter(r -> r.file().equals("referatarkiv.properties"))
                .findFirst().orElseThrow();
        assertEquals(FileReport.Status.SKIPPED, settings.status());
        assertTrue(settings.problems().get(0).message().startsWith("cannot read settings"), settings.toString());
    }

    @Test
    void badFilesAreReportedAndTheRestIsRead() throws IOException {
        TestData.corpusOf(dir, "fixtures/search/ranking.txt", "fixtures/bad/empty.txt", "fixtures/bad/blank.txt",
                "fixtures/bad/binary.bin", "fixtures/bad/windows-1252.txt", "fixtures/bad/iso-8859-1.txt",
                "fixtures/bad/no-items.txt", "fixtures/bad/notes.txt", "fixtures/bad/duplicate-meeting.txt");
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(21L * 1024 * 1024);
        }
        Corpus corpus = TestData.load(dir);
        Map<String, FileReport> reports = corpus.reports().stream()
                .collect(Collectors.toMap(FileReport::file, Function.identity()));

        assertSkipped(reports.get("empty.txt"), "empty file");
        assertSkipped(reports.get("blank.txt"), "no text");
        assertSkipped(reports.get("binary.bin"), "binary");
        assertSkipped(reports.get("huge.txt"), "limit is 20 MB");
        // The duplicate sorts before ranking.txt, so ranking.txt is the second copy of that meeting.
        assertSkipped(reports.get("ranking.txt"), "same meeting (chefforum-2025-02-01) as duplicate-meeting.txt");

        assertIndexedWithWarning(reports.get("windows-1252.txt"), "decoded as windows-1252");
        assertIndexedWithWarning(reports.get("iso-8859-1.txt"), "decoded as ISO-8859-1");
        assertIndexedWithWarning(reports.get("no-items.txt"), "no agenda items");
        assertIndexedWithWarning(reports.get("notes.txt"), "no agenda items recognised");

        Meeting cp1252 = corpus.meeting("chefforum-2025-03-12").orElseThrow();
        assertEquals("Økonomi – status på årsregnskab", cp1252.items().get(0).title());
        assertTrue(cp1252.items().get(0).section(SectionKind.BESLUTNING).orElseThrow().text()
                .contains("økonomien – særligt de “små” beløb på 5 €"));
        Meeting latin1 = corpus.meeting("chefforum-2025-03-13").orElseThrow();
        assertEquals("Sølvbryllup og æbleplantning på Åvej", latin1.items().get(0).title());

        assertEquals(5, corpus.meetings().size());
    }

    @Test
    void fingerprintChangesWithContent() throws IOException {
        TestData.corpusOf(dir, "fixtures/search/ranking.txt");
        String before = TestData.load(dir).fingerprint();
        assertEquals(before, TestData.load(dir).fingerprint());
        Files.writeString(dir.resolve("ranking.txt"), "\n", java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(before, TestData.load(dir).fingerprint());
    }

    @Test
    void missingDirectoryIsAnError() {
        IOException e = assertThrows(IOException.class, () -> TestData.load(dir.resolve("nowhere")));
        assertTrue(e.getMessage().contains("nowhere"));
    }

    private static void assertSkipped(FileReport report, String reason) {
        assertEquals(FileReport.Status.SKIPPED, report.status(), report.toString());
        assertTrue(report.problems().get(0).message().contains(reason), report.toString());
        assertEquals(IngestProblem.Severity.ERROR, report.problems().get(0).severity());
    }

    /**
     * A file taken from the parse cache does not log its own warnings again (they were logged when it was parsed and
     * stay in its report); what depends on the other files, a meeting another file gives too, is logged every time.
     */
    @Test
    void aCachedFileDoesNotLogItsWarningsAgainButADuplicateMeetingIsLoggedEveryTime() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("logged"));
        Files.writeString(corpus.resolve("a-udvalg.txt"), TestData.read("fixtures/layouts/udvalg.txt"));
        Files.writeString(corpus.resolve("b-udvalg.txt"), TestData.read("fixtures/layouts/udvalg.txt"));
        Files.copy(TestData.resource("fixtures/bad/iso-8859-1.txt"), corpus.resolve("c-latin.txt"));
        ParseCache cache = ParseCache.empty();
        Corpus[] loaded = new Corpus[1];
        String first = stderrOf(() -> loaded[0] = new CorpusLoader().load(corpus, cache));
        cache.save(dir.resolve("parse-cache.bin"));
        ParseCache saved = ParseCache.load(dir.resolve("parse-cache.bin"));
        String second = stderrOf(() -> loaded[0] = new CorpusLoader().load(corpus, saved));
        assertEquals(3, saved.hits(), "every file from the cache the second time");
        assertTrue(first.contains("c-latin.txt") && first.contains("decoded as"), first);
        assertTrue(!second.contains("decoded as"), second);
        assertTrue(loaded[0].reports().stream().anyMatch(r -> r.problems().stream()
                .anyMatch(p -> p.message().contains("decoded as"))), "the warning stays in the report");
        assertTrue(first.contains("same meeting"), first);
        assertTrue(second.contains("same meeting"), second);
    }

    /** A load whose standard error is captured. */
    @FunctionalInterface
    private interface Load {
        void run() throws IOException;
    }

    private static String stderrOf(Load load) throws IOException {
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            load.run();
        } finally {
            System.setErr(err);
        }
        return captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void assertIndexedWithWarning(FileReport report, String warning) {
        assertEquals(FileReport.Status.INDEXED, report.status(), report.toString());
        assertTrue(report.problems().stream().anyMatch(p -> p.message().contains(warning)), report.toString());
    }
}
