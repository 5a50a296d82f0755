package dk.referatarkiv.bench;

import io.javalin.Javalin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The plain-Lucene reference behind HTTP: {@code GET /search?q=…} answers the top 10 ids of
 * {@link PlainLuceneReference#search} as JSON ({@code {"hits": [...]}}), on the same server stack as the application
 * (Javalin on Jetty, Jackson), so that {@code bench scale} can compare our {@code /api/search} with plain Lucene over
 * the same loopback HTTP, each server in a JVM of its own: the comparison issue 11 states its ratio in. Any parameter
 * besides {@code q} is ignored, as the in-process reference ignores filters and sort.
 */
public final class PlainLuceneServer {

    /** The start line; {@link ServerRun#portIn} reads the port from it. */
    static final String RUNNING = "plain Lucene reference running on http://127.0.0.1:%d/%n";

    private PlainLuceneServer() {
    }

    /** The reference's app, not started: start it on the loopback address, and stop it to close it. */
    public static Javalin create(PlainLuceneReference reference) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/search", ctx -> {
                String q = ctx.queryParam("q");
                ctx.json(Map.of("hits", reference.search(q == null ? "" : q)));
            });
        });
    }

    /**
     * {@code java -cp referatarkiv.jar dk.referatarkiv.bench.PlainLuceneServer <index dir>}: serves on a free port
     * until killed; one line saying why and exit code 1 when the index cannot be opened.
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: PlainLuceneServer <plain index directory>");
            System.exit(2);
        }
        PlainLuceneReference reference;
        try {
            reference = PlainLuceneReference.open(Path.of(args[0]));
        } catch (IOException e) {
            System.err.println("cannot open the plain index " + args[0] + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        Javalin server = create(reference).start("127.0.0.1", 0);
        System.out.printf(RUNNING, server.port());
        System.out.flush();
    }
}
