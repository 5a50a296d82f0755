package dk.referatarkiv.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the corpus watcher takes for a change of the folder: a file's name, size or time, not a hidden file's. */
class CorpusWatcherTest {

    private static final FileTime NOON = FileTime.from(Instant.parse("2025-03-04T12:00:00Z"));

    @TempDir
    Path folder;
    private String before;

    @BeforeEach
    void aFolderOfMinutes() throws IOException {
        write("soenderby-teknik-2025-03-04.txt", "Referat");
        write("udvalg/nordby-oekonomi-2025-02-11.txt", "Referat af mødet");
        before = CorpusWatcher.signature(folder);
    }

    @Test
    void anUnchangedFolderHasTheSameSignature() {
        assertEquals(before, CorpusWatcher.signature(folder));
    }

    @Test
    void aNewChangedRenamedOrRemovedFileChangesIt() throws IOException {
        write("vestby-byraad-2025-01-28.txt", "Referat");
        String added = CorpusWatcher.signature(folder);
        assertNotEquals(before, added);

        write("soenderby-teknik-2025-03-04.txt", "Referatet"); // one byte more, the same time
        String grown = CorpusWatcher.signature(folder);
        assertNotEquals(added, grown);

        Files.setLastModifiedTime(folder.resolve("soenderby-teknik-2025-03-04.txt"),
                FileTime.from(NOON.toInstant().plusSeconds(60)));
        String touched = CorpusWatcher.signature(folder);
        assertNotEquals(grown, touched);

        Files.move(folder.resolve("udvalg/nordby-oekonomi-2025-02-11.txt"),
                folder.resolve("udvalg/nordby-oekonomi-2025-02-12.txt"));
        String renamed = CorpusWatcher.signature(folder);
        assertNotEquals(touched, renamed);

        Files.delete(folder.resolve("vestby-byraad-2025-01-28.txt"));
        assertNotEquals(renamed, CorpusWatcher.signature(folder));
    }

    @Test
    void hiddenFilesAndFoldersAreNotLookedAt() throws IOException {
        write(".upload-123.part", "halvt skrevet");
        write(".uploads/soenderby-teknik-2025-04-01.txt", "Referat");
        assertEquals(before, CorpusWatcher.signature(folder));
    }

    /** A corpus folder that is itself inside a hidden folder is watched like any other. */
    @Test
    void aCorpusInsideAHiddenFolderIsWatched() throws IOException {
        Path corpus = Files.createDirectories(folder.resolve(".arkiv/corpus"));
        Files.writeString(corpus.resolve("nordby-byraad-2025-01-28.txt"), "Referat");
        String first = CorpusWatcher.signature(corpus);
        Files.writeString(corpus.resolve("nordby-byraad-2025-01-28.txt"), "Referatet");
        assertNotEquals(first, CorpusWatcher.signature(corpus));
    }

    /** A link to a file counts as the file, as the loader reads it: a change of the file it points to is a change. */
    @Test
    void aLinkedFileIsWatchedThroughTheLink() throws IOException {
        Path outside = Files.createDirectories(folder.getParent().resolve(folder.getFileName() + "-udenfor"));
        Path target = Files.writeString(outside.resolve("vestby-byraad-2025-01-28.txt"), "Referat");
        Files.createSymbolicLink(folder.resolve("vestby-byraad-2025-01-28.txt"), target);
        String linked = CorpusWatcher.signature(folder);
        assertNotEquals(before, linked);
        Files.writeString(target, "Referatet");
        assertNotEquals(linked, CorpusWatcher.signature(folder));
        Files.delete(target); // now a dangling link, which the loader does not read either
        assertEquals(before, CorpusWatcher.signature(folder));
    }

    @Test
    void aMissingFolderIsAnErrorNotAState() {
        assertThrows(UncheckedIOException.class, () -> CorpusWatcher.signature(folder.resolve("findes-ikke")));
    }

    private void write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, NOON); // the same time for every write: only what the test changes differs
    }
}
