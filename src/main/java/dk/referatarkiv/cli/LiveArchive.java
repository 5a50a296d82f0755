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

    /**
     * The archive's question answerer is made when first asked for, or by {@link #makeAnswererMeanwhile} (the server
     * calls it once it listens, so that the making does not share the cores with the web layer's own start).
     */
    LiveArchive(OpenArchive archive, PrintStream out) {
        this.out = out;
        this.current = new Published(archive, archive.services());
    }

    /**
     * Starts making the serving archive's question answerer on a thread of its own: at 10^5 items that is two seconds
     * of CPU (the meetings' mentions for the question constraints), which the first question then need not wait for.
     * A question asked before it is made waits for it.
     */
    void makeAnswererMeanwhile() {
        makeAnswererMeanwhile(current.archive());
    }

    private static void makeAnswererMeanwhile(OpenArchive archive) {
        Thread making = new Thread(archive::answerer, "referatarkiv-answerer");
        making.setDaemon(true);
        making.start();
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
            current = new Published(after, after.services());
            makeAnswererMeanwhile(after); // the server is up: the next question should not wait for it
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
