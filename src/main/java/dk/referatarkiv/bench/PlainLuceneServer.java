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

    /** Serves the reference on a free port of the loopback address; stop the returned server to close it. */
    public static Javalin start(PlainLuceneReference reference) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/search", ctx -> {
                String q = ctx.queryParam("q");
                ctx.json(Map.of("hits", reference.search(q == null ? "" : q)));
            });
        }).start("127.0.0.1", 0);
    }

    /** {@code java -cp referatarkiv.jar dk.referatarkiv.bench.PlainLuceneServer <index dir>}: runs until killed. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PlainLuceneServer <plain index directory>");
            System.exit(2);
        }
        PlainLuceneReference reference = PlainLuceneReference.open(Path.of(args[0]));
        Javalin server = start(reference);
        System.out.printf(RUNNING, server.port());
        System.out.flush();
    }
}
