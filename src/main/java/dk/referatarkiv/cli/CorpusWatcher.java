package dk.referatarkiv.cli;

import dk.referatarkiv.ingest.CorpusLoader;
import dk.referatarkiv.internal.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Looks at the corpus folder every few seconds and reloads the archive when its files changed: names, sizes and
 * modification times, read without opening a file. A change is acted on once it has held still for one look, so a
 * file being copied in is not read half-written. Polling rather than a file-system watch service works the same on
 * every file system (network shares and container mounts do not always deliver events).
 */
final class CorpusWatcher implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);

    private final Path folder;
    private final LiveArchive live;
    private final ScheduledExecutorService timer;
    private String acted;
    private String lastSeen;

    CorpusWatcher(Path folder, LiveArchive live, Duration every) {
        this.folder = folder;
        this.live = live;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "corpus-watcher");
            t.setDaemon(true);
            return t;
        });
        // The folder's first look is taken on the watcher's thread, not the caller's: at 10^5 items it is a tenth of a
        // second or more that a server's start need not wait for. It is the state the archive was read from as far as
        // the watcher can tell, as a look in this constructor would be (both come after the corpus was read).
        timer.execute(() -> {
            acted = signatureOrNull();
            lastSeen = acted;
        });
        timer.scheduleWithFixedDelay(this::look, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The signature, or null when the folder cannot be listed (the next look then acts on any state it finds). */
    private String signatureOrNull() {
        try {
            return signature(folder);
        } catch (RuntimeException e) {
            LOG.warn("the corpus folder could not be listed: {}", e.toString());
            return null;
        }
    }

    private void look() {
        try {
            String now = signature(folder);
            boolean settled = now.equals(lastSeen);
            lastSeen = now;
            if (settled && !now.equals(acted)) {
                live.reload();
                acted = now;
            }
        } catch (IOException | RuntimeException e) {
            // the archive that was serving goes on serving; the next change tries again
            LOG.warn("the corpus folder changed but could not be read again: {}", e.toString());
            acted = lastSeen;
        }
    }

    /** A file the signature covers: its name within the folder, size and modification time. */
    private record Listed(String name, long size, long modifiedMillis) {
    }

    /**
     * A digest of the names, sizes and modification times of the corpus files in the folder: the files the loader reads
     * ({@link CorpusLoader#hidden}: hidden files and hidden folders aside; a link to a file counts as the file). One
     * walk with the attributes it reads anyway: at 10^5 items (12,000 files) a look costs about 80 ms, where a listing
     * that read each file's attributes again and sorted paths took 140-250 ms, every two seconds.
     *
     * @throws UncheckedIOException when the folder itself cannot be listed
     */
    static String signature(Path folder) {
        List<Listed> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return CorpusLoader.hidden(folder.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    Path name = folder.relativize(file);
                    if (CorpusLoader.hidden(name)) {
                        return FileVisitResult.CONTINUE;
                    }
                    BasicFileAttributes target = a;
                    if (a.isSymbolicLink()) {
                        // the walk gives a link's own attributes; the loader reads the file it points to
                        try {
                            target = Files.readAttributes(file, BasicFileAttributes.class);
                        } catch (IOException e) {
                            return FileVisitResult.CONTINUE; // a dangling link, which the loader passes over too
                        }
                    }
                    if (target.isRegularFile()) {
                        files.add(new Listed(name.toString(), target.size(), target.lastModifiedTime().toMillis()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (file.equals(folder)) {
                        throw e; // the folder itself: no state to compare
                    }
                    if (!CorpusLoader.hidden(folder.relativize(file))) {
                        // unreadable, or vanished while listed: the next look sees the new state
                        files.add(new Listed(folder.relativize(file) + "\0?", -1, -1));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(Listed::name));
        MessageDigest digest = Sha256.newDigest();
        ByteBuffer numbers = ByteBuffer.allocate(2 * Long.BYTES);
        for (Listed f : files) {
            byte[] name = f.name().getBytes(StandardCharsets.UTF_8);
            numbers.clear().putInt(0, name.length);
            digest.update(numbers.array(), 0, Integer.BYTES); // the name's length first: no two lists digest alike
            digest.update(name);
            numbers.clear();
            numbers.putLong(f.size()).putLong(f.modifiedMillis());
            digest.update(numbers.array());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
