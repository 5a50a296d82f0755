package dk.referatarkiv.cli;

import dk.referatarkiv.web.WebApp;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code serve}: start the HTTP server, building the index first when it is missing or stale. */
public final class ServeCommand implements Command {

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "start the web server (builds the index first if it is missing or older than the corpus)";
    }

    @Override
    public List<Args.Option> options() {
        return List.of(Args.Option.value("port", "7070", "HTTP port (0 picks a free one)"),
                CommonOptions.CORPUS, CommonOptions.INDEX, CommonOptions.MODELS, CommonOptions.WEB);
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        int port = args.integer("port", 0, 65535);
        Path web = args.path("web");
        if (!Files.isDirectory(web)) {
            throw new Args.UsageException("--web: directory not found: " + web.toAbsolutePath());
        }
        OpenArchive archive = OpenArchive.open(CommonOptions.locations(args), false, out);
        Javalin app = WebApp.create(new WebApp.Services(archive.corpus(), archive.entities(), archive.people(), archive.index(),
                archive.searcher(), archive.answerer()), web);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            try {
                archive.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "shutdown"));
        app.start(port);
        out.printf("Referatarkiv is running on http://localhost:%d/%n", app.port());
        return Cli.OK;
    }
}
