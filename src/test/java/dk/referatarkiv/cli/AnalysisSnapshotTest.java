package dk.referatarkiv.cli;

import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stored analysis reads back as what was written (entities, persons in their order, people and the views made
 * from them, the meetings left out), and only under its own key: another corpus, other models, another build of the
 * program or another commit of the index, a damaged or missing file, and there is nothing to read.
 */
class AnalysisSnapshotTest {

    @TempDir
    static Path tmp;
    private static OpenArchive archive;
    private static final Map<String, String> FAILURES = Map.of("x-byraadet-2020-01-01", "stage nlp: kunne ikke læses");

    @BeforeAll
    static void open() throws IOException {
        Path corpus = TestData.corpusWith(tmp.resolve("corpus"), TestData.SOEHOLM, TestData.BAKKEBY, TestData.RAVNSOE);
        archive = TestData.openArchive(corpus, tmp.resolve("index"), true);
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws IOException {
        Path file = tmp.resolve("same.bin");
        AnalysisSnapshot.save(file, "key", FAILURES, archive.entities(), archive.people());
        AnalysisSnapshot.Analysis read = AnalysisSnapshot.load(file, "key").orElseThrow();
        assertEquals(FAILURES, read.failures());
        assertEquals(archive.entities().items(), read.entities().items());
        assertEquals(List.copyOf(archive.entities().persons().persons()), List.copyOf(read.entities().persons().persons()));
        for (var p : archive.entities().persons().persons()) {
            assertEquals(Optional.of(p), read.entities().persons().byId(p.id()));
            for (String alias : p.aliases()) {
                assertEquals(archive.entities().persons().person(p.municipality(), alias),
                        read.entities().persons().person(p.municipality(), alias), alias);
            }
        }
        assertEquals(archive.people().readings(), read.people().readings());
        assertEquals(archive.people().timeline().all(), read.people().timeline().all());
        assertEquals(archive.people().memberships().all(), read.people().memberships().all());
        assertEquals(archive.people().search(""), read.people().search(""));
        assertFalse(archive.people().readings().assertions().isEmpty(), "the fixture says who holds which role");
        assertFalse(archive.people().readings().attendances().isEmpty(), "the fixture lists participants");
    }

    @Test
    void anotherKeyADamagedOrAMissingFileGiveNothing() throws IOException {
        Path file = tmp.resolve("keyed.bin");
        AnalysisSnapshot.save(file, "key", FAILURES, archive.entities(), archive.people());
        assertTrue(AnalysisSnapshot.load(file, "key").isPresent());
        assertEquals(Optional.empty(), AnalysisSnapshot.load(file, "another key"));
        byte[] bytes = Files.readAllBytes(file);
        Path cut = Files.write(tmp.resolve("cut.bin"), java.util.Arrays.copyOf(bytes, bytes.length - 7));
        assertEquals(Optional.empty(), AnalysisSnapshot.load(cut, "key"));
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertEquals(Optional.empty(), AnalysisSnapshot.load(Files.write(tmp.resolve("longer.bin"), longer), "key"));
        assertEquals(Optional.empty(), AnalysisSnapshot.load(tmp.resolve("missing.bin"), "key"));
    }

    @Test
    void theKeyNamesCorpusModelsProgramAndIndexCommit() {
        Optional<String> key = AnalysisSnapshot.key("corpus", "models", Optional.of("code"), "7@t");
        assertTrue(key.isPresent());
        assertFalse(key.equals(AnalysisSnapshot.key("corpus2", "models", Optional.of("code"), "7@t")));
        assertFalse(key.equals(AnalysisSnapshot.key("corpus", "models2", Optional.of("code"), "7@t")));
        assertFalse(key.equals(AnalysisSnapshot.key("corpus", "models", Optional.of("code2"), "7@t")));
        assertFalse(key.equals(AnalysisSnapshot.key("corpus", "models", Optional.of("code"), "8@u")));
        assertEquals(Optional.empty(), AnalysisSnapshot.key("corpus", "models", Optional.empty(), "7@t"),
                "a program that cannot tell its build trusts no stored analysis");
    }
}
