package dk.referatarkiv.cli;

import dk.referatarkiv.ingest.FileReport;
import dk.referatarkiv.web.DocumentStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Uploads and deletions on the corpus folder of a {@link LiveArchive}: the file is written (through a hidden
 * temporary file and a move, so the loader never reads half of it), the archive reloaded, and the file's report
 * read from the result. A file the archive did not index is taken out again (or the file it replaced put back), so
 * a bad upload changes nothing. Changes are serialised with the reloads.
 */
final class CorpusFolder implements DocumentStore {

    private final Path folder;
    private final LiveArchive live;

    CorpusFolder(Path folder, LiveArchive live) {
        this.folder = folder;
        this.live = live;
    }

    @Override
    public FileReport add(String name, byte[] content) throws IOException {
        synchronized (live) {
            Path target = folder.resolve(name);
            Path previous = null;
            if (Files.exists(target)) {
                previous = Files.createTempFile("referatarkiv-previous", ".bak");
                Files.copy(target, previous, StandardCopyOption.REPLACE_EXISTING);
            }
            Path tmp = folder.resolve("." + name + ".upload");
            Files.write(tmp, content);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try {
                OpenArchive now = live.reload();
                FileReport report = reportOf(now, name).orElseGet(() -> FileReport.skipped(name, "file not read"));
                if (report.status() != FileReport.Status.INDEXED) {
                    restore(target, previous);
                    live.reload();
                }
                return report;
            } catch (IOException | RuntimeException e) {
                restore(target, previous);
                throw e;
            } finally {
                if (previous != null) {
                    Files.deleteIfExists(previous);
                }
            }
        }
    }

    @Override
    public boolean remove(String name) throws IOException {
        synchronized (live) {
            Path target = folder.resolve(name);
            if (!Files.isRegularFile(target)) {
                return false;
            }
            Files.delete(target);
            live.reload();
            return true;
        }
    }

    private static void restore(Path target, Path previous) throws IOException {
        if (previous == null) {
            Files.deleteIfExists(target);
        } else {
            Files.copy(previous, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Optional<FileReport> reportOf(OpenArchive archive, String name) {
        return archive.corpus().reports().stream().filter(r -> r.file().equals(name)).findFirst();
    }
}
