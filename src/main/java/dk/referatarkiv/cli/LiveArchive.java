package dk.referatarkiv.cli;

import dk.referatarkiv.web.WebApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * The archive {@code serve} publishes, read again when its corpus folder changes. Reloads run one at a time; a
 * reload builds the new archive beside the one serving (the index is updated in one commit) and publishes it in one
 * step, so every request sees one version whole. A failed reload leaves the serving archive as it was.
 */
final class LiveArchive implements Supplier<WebApp.Services>, Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveArchive.class);

    /** An archive with the services built from it, published together. */
    private record Published(OpenArchive archive, WebApp.Services services) {
    }

    private final PrintStream out;
    private volatile Published current;

    LiveArchive(OpenArchive archive, PrintStream out) {
        this.out = out;
        this.current = new Published(archive, servicesOf(archive));
    }

    /**
     * The archive's services, its question answerer made meanwhile on a thread of its own: at 10^5 items that is half
     * a second, which the web layer's own start needs no part of (a question asked before it is made waits for it).
     */
    private static WebApp.Services servicesOf(OpenArchive archive) {
        Thread making = new Thread(archive::answerer, "referatarkiv-answerer");
        making.setDaemon(true);
        making.start();
        return archive.services();
    }

    @Override
    public WebApp.Services get() {
        return current.services();
    }

    OpenArchive archive() {
        return current.archive();
    }

    /**
     * Reads the corpus folder again and publishes the result when it changed. Returns the archive now serving.
     *
     * @throws IOException when the new build failed; the previous archive goes on serving
     */
    synchronized OpenArchive reload() throws IOException {
        OpenArchive before = current.archive();
        OpenArchive after = before.reload(out);
        if (after != before) {
            current = new Published(after, servicesOf(after));
            LOG.info("corpus changed: now {} meetings, {} items", after.corpus().meetings().size(),
                    after.corpus().itemCount());
        }
        return after;
    }

    @Override
    public synchronized void close() throws IOException {
        current.archive().close();
    }
}
