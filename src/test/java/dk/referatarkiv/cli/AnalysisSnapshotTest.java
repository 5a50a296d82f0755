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
 * from them, the meetings left out) with the fingerprint of its corpus, and only under its own build key: another
 * build of the program, other models or another commit of the index, a damaged or missing file, and there is nothing
 * to read.
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
        AnalysisSnapshot.save(file, "key", "corpus", FAILURES, archive.entities(), archive.people());
        AnalysisSnapshot.Stored stored = AnalysisSnapshot.read(file, "key").orElseThrow();
        assertEquals("corpus", stored.fingerprint());
        AnalysisSnapshot.Analysis read = stored.analysis();
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
        AnalysisSnapshot.save(file, "key", "corpus", FAILURES, archive.entities(), archive.people());
        assertTrue(AnalysisSnapshot.read(file, "key").isPresent());
        assertEquals(Optional.empty(), AnalysisSnapshot.read(file, "another key"));
        byte[] bytes = Files.readAllBytes(file);
        Path cut = Files.write(tmp.resolve("cut.bin"), java.util.Arrays.copyOf(bytes, bytes.length - 7));
        assertEquals(Optional.empty(), AnalysisSnapshot.read(cut, "key"));
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertEquals(Optional.empty(), AnalysisSnapshot.read(Files.write(tmp.resolve("longer.bin"), longer), "key"));
        assertEquals(Optional.empty(), AnalysisSnapshot.read(tmp.resolve("missing.bin"), "key"));
        // read in the background: what a read gives, once; nothing after it was let go
        assertEquals(Optional.empty(), AnalysisSnapshot.readInBackground(cut, () -> Optional.of("key")).take());
        AnalysisSnapshot.Pending pending = AnalysisSnapshot.readInBackground(file, () -> Optional.of("key"));
        assertEquals(AnalysisSnapshot.read(file, "key").map(AnalysisSnapshot.Stored::fingerprint),
                pending.take().map(AnalysisSnapshot.Stored::fingerprint));
        assertEquals(Optional.empty(), pending.take());
        AnalysisSnapshot.Pending discarded = AnalysisSnapshot.readInBackground(file, () -> Optional.of("key"));
        discarded.discard();
        assertEquals(Optional.empty(), discarded.take());
        // the key worked out on the reading thread: none (the code's identity unknown) reads nothing
        assertTrue(AnalysisSnapshot.readInBackground(file, () -> Optional.of("key")).take().isPresent());
        assertEquals(Optional.empty(), AnalysisSnapshot.readInBackground(file, Optional::empty).take());
    }

    @Test
    void theSameAnalysisGivesTheSameBytes() throws IOException {
        Path first = tmp.resolve("first.bin");
        Path second = tmp.resolve("second.bin");
        AnalysisSnapshot.save(first, "key", "corpus", FAILURES, archive.entities(), archive.people());
        AnalysisSnapshot.Analysis read = AnalysisSnapshot.read(first, "key").orElseThrow().analysis();
        AnalysisSnapshot.save(second, "key", "corpus", read.failures(), read.entities(), read.people());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(second)));
    }

    @Test
    void theBuildKeyNamesProgramJavaModelsAndIndexCommit() {
        Optional<String> key = AnalysisSnapshot.buildKey("models", Optional.of("code"), "7@t");
        assertTrue(key.isPresent());
        assertTrue(key.get().contains(Runtime.version().toString()));
        assertFalse(key.equals(AnalysisSnapshot.buildKey("models2", Optional.of("code"), "7@t")));
        assertFalse(key.equals(AnalysisSnapshot.buildKey("models", Optional.of("code2"), "7@t")));
        assertFalse(key.equals(AnalysisSnapshot.buildKey("models", Optional.of("code"), "8@u")));
        assertEquals(Optional.empty(), AnalysisSnapshot.buildKey("models", Optional.empty(), "7@t"),
                "a program that cannot tell its build trusts no stored analysis");
    }
}
