package dk.referatarkiv.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
        // The folder's first look is taken on the watcher's thread, not the caller's: at 10^5 items listing it is
        // 0.2-0.4 s that a server's start need not wait for. It is the state the archive was read from as far as the
        // watcher can tell, as a look in this constructor would be (both come after the corpus was read).
        timer.execute(() -> {
            acted = signatureOrNull();
            lastSeen = acted;
        });
        timer.scheduleWithFixedDelay(this::look, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The signature, or null when the folder cannot be listed (the next look then acts on any state it finds). */
    private String signatureOrNull() {
        try {
            return signature();
        } catch (RuntimeException e) {
            LOG.warn("the corpus folder could not be listed: {}", e.toString());
            return null;
        }
    }

    private void look() {
        try {
            String now = signature();
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

    /** Names, sizes and modification times of the folder's files (hidden ones, such as uploads in progress, aside). */
    private String signature() {
        StringBuilder s = new StringBuilder();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        s.append(folder.relativize(p)).append('\0').append(a.size()).append('\0')
                                .append(a.lastModifiedTime().toMillis()).append('\n');
                    }
                } catch (IOException e) {
                    s.append(p).append("\0?\n"); // vanished while listed: the next look sees the new state
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
