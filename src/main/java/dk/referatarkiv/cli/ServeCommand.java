package dk.referatarkiv.cli;

import dk.referatarkiv.web.Admission;
import dk.referatarkiv.web.ClosedItemAccess;
import dk.referatarkiv.web.DocumentsController;
import dk.referatarkiv.web.ReaderAccess;
import dk.referatarkiv.web.WebApp;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code serve}: start the HTTP server, building the index first when it is missing or stale; then pick up changed
 * files in the corpus folder and uploads through the API while serving.
 */
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
                Args.Option.value("host", "127.0.0.1", "the address to listen on; 0.0.0.0 opens the server to "
                        + "the network"),
                CommonOptions.CORPUS, CommonOptions.INDEX, CommonOptions.MODELS, CommonOptions.WEB, CommonOptions.REBUILD,
                Args.Option.value("watch-seconds", "2", "look for changed files in the corpus folder this often "
                        + "(0: never)"),
                Args.Option.value("upload-token-file", "", "a file holding the bearer token that allows "
                        + "POST/DELETE /api/documents (or set " + TOKEN_VARIABLE + "); without one uploads are off"),
                Args.Option.value("max-upload-mb", "20", "the largest file an upload may send"),
                Args.Option.value("reader-token-file", "", "a file holding the token every request for archive "
                        + "data needs (or set " + READER_TOKEN_VARIABLE + "); without one the archive is open to "
                        + "whoever reaches the server"),
                Args.Option.value("closed-token-file", "", "a file holding the bearer token that lets the item API "
                        + "serve closed items' text (or set " + CLOSED_TOKEN_VARIABLE + "); without one it never does"));
    }

    /** The environment variable that may hold the closed-items token. */
    static final String CLOSED_TOKEN_VARIABLE = "REFERATARKIV_CLOSED_TOKEN";

    /** The environment variable that may hold the upload token (a command line would show it in the process list). */
    static final String TOKEN_VARIABLE = "REFERATARKIV_UPLOAD_TOKEN";
    private static final java.util.regex.Pattern PRINTABLE_ASCII = java.util.regex.Pattern.compile("[\\x21-\\x7e]+");
    /** The environment variable that may hold the reader token. */
    static final String READER_TOKEN_VARIABLE = "REFERATARKIV_READER_TOKEN";

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        int port = args.integer("port", 0, 65535);
        int watchSeconds = args.integer("watch-seconds", 0, 3600);
        int maxUploadMb = args.integer("max-upload-mb", 1, 1024);
        Path web = args.path("web");
        if (!Files.isDirectory(web)) {
            throw new Args.UsageException("--web: directory not found: " + web.toAbsolutePath());
        }
        String token = token(args, "upload-token-file", TOKEN_VARIABLE);
        String closedToken = token(args, "closed-token-file", CLOSED_TOKEN_VARIABLE);
        ReaderAccess readers = new ReaderAccess(token(args, "reader-token-file", READER_TOKEN_VARIABLE), closedToken);
        OpenArchive.Locations at = CommonOptions.locations(args);
        LiveArchive live = new LiveArchive(OpenArchive.open(at, false, args.flag("rebuild"), out), out);
        DocumentsController documents = new DocumentsController(new CorpusFolder(at.corpus(), live), token,
                maxUploadMb * 1024L * 1024L);
        Javalin app = WebApp.create(live, web, documents, Admission.forThisMachine(), readers,
                new ClosedItemAccess(closedToken, readers));
        CorpusWatcher watcher = watchSeconds == 0 ? null
                : new CorpusWatcher(at.corpus(), live, Duration.ofSeconds(watchSeconds));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null) {
                watcher.close();
            }
            app.stop();
            try {
                live.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "shutdown"));
        String host = args.get("host").strip();
        app.start(host, port);
        live.makeAnswererMeanwhile();
        out.printf("Referatarkiv is running on http://%s:%d/%s%n", host.contains(":") ? "[" + host + "]" : host,
                app.port(), host.equals("127.0.0.1") || host.equals("localhost") ? " (this machine only; --host to "
                        + "open it to the network)" : " (open to the network)");
        out.printf("corpus folder %s: %s; uploads %s%n", at.corpus().toAbsolutePath(),
                watcher == null ? "not watched" : "changes are picked up within " + 2 * watchSeconds + " s",
                token == null ? "off (no token)" : "on (POST/DELETE /api/documents with the token)");
        out.printf("archive data %s%n", readers.required() ? "needs the reader token" : "open (no reader token)");
        out.printf("closed items' text: %s%n", closedToken == null ? "never served (no token)"
                : "served by the item API to requests with the closed-items token");
        return Cli.OK;
    }

    /** A token from the file the option names, else from the environment variable, else null. */
    private static String token(Args args, String option, String variable) throws Args.UsageException, IOException {
        String file = args.get(option);
        if (file != null && !file.isBlank()) {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                throw new Args.UsageException("--" + option + ": file not found: " + path.toAbsolutePath());
            }
            return checkedToken(Files.readString(path).strip(), "--" + option);
        }
        String fromEnvironment = System.getenv(variable);
        return fromEnvironment == null || fromEnvironment.isBlank() ? null
                : checkedToken(fromEnvironment.strip(), variable);
    }

    /** A token from either source is held to the same rules. */
    private static String checkedToken(String token, String source) throws Args.UsageException {
        if (token.length() < 16) {
            throw new Args.UsageException(source + ": the token must have at least 16 characters");
        }
        if (!PRINTABLE_ASCII.matcher(token).matches()) {
            // an HTTP header carries bytes as Latin-1: a token with other characters would never match
            throw new Args.UsageException(source + ": the token may hold only ASCII letters, digits and punctuation "
                    + "(no spaces, no æøå)");
        }
        return token;
    }
}
