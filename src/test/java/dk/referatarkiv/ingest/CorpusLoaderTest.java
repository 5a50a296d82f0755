package dk.referatarkiv.ingest;

import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
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
        String before = loader.fingerprint(corpus);
        assertEquals(loader.load(corpus).fingerprint(), before);
        java.nio.file.Files.writeString(corpus.resolve("udvalg.txt"), "Referat\n", java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(before, loader.fingerprint(corpus), "a changed file changes it");
        assertEquals(loader.load(corpus).fingerprint(), loader.fingerprint(corpus));
    }

    @Test
    void aFolderSettingNamesTheMunicipalityWhenTheTextDoesNot() throws IOException {
        Path root = dir.resolve("settings");
        Path sub = Files.createDirectories(root.resolve("vejen"));
        Files.writeString(root.resolve("referatarkiv.properties"), "kommune=Albertslund\n");
        Files.writeString(sub.resolve("referatarkiv.properties"), "kommune=Vejen\n");
        Files.writeString(root.resolve("a.txt"), TestData.read("fixtures/layouts/udvalg.txt"));
        Files.writeString(sub.resolve("b.txt"), TestData.read("fixtures/layouts/plain.txt"));
        Corpus corpus = new CorpusLoader().load(root);
        assertEquals(Map.of("albertslund-oekonomiudvalget-2020-06-24", "Albertslund",
                        "vejen-chefforum-2025-03-05", "Vejen"),
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

    private static void assertIndexedWithWarning(FileReport report, String warning) {
        assertEquals(FileReport.Status.INDEXED, report.status(), report.toString());
        assertTrue(report.problems().stream().anyMatch(p -> p.message().contains(warning)), report.toString());
    }
}
