package dk.referatarkiv.testing;

import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.web.Admission;
import dk.referatarkiv.web.ClosedItemAccess;
import dk.referatarkiv.web.ReaderAccess;
import dk.referatarkiv.web.DocumentsController;
import dk.referatarkiv.web.WebApp;
import io.javalin.Javalin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * A real server for API tests: the archive of a corpus folder, indexed afresh into {@code tmp/index}, served by the
 * web app on a free port with the project's front-end. Close it after the tests.
 */
public final class ArchiveServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final OpenArchive archive;
    private final Javalin app;

    private ArchiveServer(OpenArchive archive, Javalin app) {
        this.archive = archive;
        this.app = app;
    }

    /** Indexes {@code corpus} into {@code tmp/index} and starts serving it. */
    public static ArchiveServer start(Path corpus, Path tmp) throws IOException {
        return start(corpus, tmp, ClosedItemAccess.OFF);
    }

    /** As {@link #start(Path, Path)}, with the given access to closed items' text. */
    public static ArchiveServer start(Path corpus, Path tmp, ClosedItemAccess closed) throws IOException {
        return start(corpus, tmp, ReaderAccess.OPEN, closed);
    }

    /** As {@link #start(Path, Path)}, with a reader token for archive data. */
    public static ArchiveServer start(Path corpus, Path tmp, ReaderAccess readers) throws IOException {
        return start(corpus, tmp, readers, ClosedItemAccess.OFF);
    }

    /** As {@link #start(Path, Path)}, with a reader token and the given access to closed items' text. */
    public static ArchiveServer start(Path corpus, Path tmp, ReaderAccess readers, ClosedItemAccess closed)
            throws IOException {
        OpenArchive archive = TestData.openArchive(corpus, tmp.resolve("index"), true);
        WebApp.Services services = archive.services();
        return new ArchiveServer(archive, WebApp.create(() -> services, Path.of("web"), DocumentsController.DISABLED,
                Admission.forThisMachine(), readers, closed).start(0));
    }

    public OpenArchive archive() {
        return archive;
    }

    public int port() {
        return app.port();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    /** A GET of {@code path}, its body as text. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws IOException {
        app.stop();
        archive.close();
    }
}
