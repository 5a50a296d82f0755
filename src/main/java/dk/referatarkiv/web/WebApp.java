package dk.referatarkiv.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.index.ArchiveIndex;
import dk.referatarkiv.index.ClosedTextReader;
import dk.referatarkiv.people.BodyDirectory;
import dk.referatarkiv.people.People;
import dk.referatarkiv.qa.QuestionAnswerer;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.search.ArchiveSearcher;
import dk.referatarkiv.search.SimilarItems;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Builds the web application: the JSON API under {@code /api} and the static front-end from the web directory.
 * Returns an unstarted {@link Javalin}; {@code serve} starts it on the configured port, tests on port 0.
 */
public final class WebApp {

    private WebApp() {
    }

    /**
     * The services the web layer needs; built by the caller.
     *
     * @param sourceFolder the corpus folder the meetings were read from, whose files {@code /api/meetings/{id}/source}
     *                     serves; null when there is none to serve (then that endpoint answers 404)
     */
    public record Services(Corpus corpus, CorpusEntities entities, People people, ArchiveIndex index,
                           ArchiveSearcher searcher, Supplier<QuestionAnswerer> answerer, Path sourceFolder) {

        /** Services with an answerer made already. */
        public Services(Corpus corpus, CorpusEntities entities, People people, ArchiveIndex index,
                        ArchiveSearcher searcher, QuestionAnswerer made, Path sourceFolder) {
            this(corpus, entities, people, index, searcher, () -> made, sourceFolder);
        }

        /** Services whose source files are not served. */
        public Services(Corpus corpus, CorpusEntities entities, People people, ArchiveIndex index,
                        ArchiveSearcher searcher, QuestionAnswerer made) {
            this(corpus, entities, people, index, searcher, made, null);
        }
    }

    /** The handlers of one version of the archive; rebuilt when a reload publishes new services. */
    private record Handlers(Services services, SearchController search, MeetingController meetings,
                            EntityController entities, PeopleController people, PopoloExport popolo, AskController ask,
                            SimilarItems similar, SearchExport export, FeedController feed, CalendarController calendar,
                            SourceFileController sources, BodyController bodies) {

        static Handlers of(Services s, ClosedItemAccess closed) {
            BodyDirectory bodies = BodyDirectory.build(s.corpus().meetings(), s.people().memberships());
            // once per archive version, not per request: which source files the meeting pages and the source
            // endpoint withhold
            Set<String> withheldSources = s.corpus().sourcesWithClosedItems();
            return new Handlers(s, new SearchController(s.searcher()), new MeetingController(s.corpus(), s.entities(),
                            closed, new ClosedTextReader(s.index()), bodies, withheldSources),
                    new EntityController(s.entities()), new PeopleController(s.people()), new PopoloExport(s.people()),
                    new AskController(s.answerer()), new SimilarItems(s.index()),
                    new SearchExport(s.searcher(), objectMapper()), new FeedController(s.searcher()),
                    new CalendarController(s.corpus()),
                    new SourceFileController(s.corpus(), s.sourceFolder(), closed, withheldSources),
                    new BodyController(bodies));
        }
    }

    /** A web app over a fixed archive, without uploads. */
    public static Javalin create(Services services, Path webDirectory) {
        return create(() -> services, webDirectory, DocumentsController.DISABLED, Admission.forThisMachine());
    }

    /**
     * A web app over the archive {@code live} gives at each request: a reload publishes a new archive and the next
     * request sees it whole (each request reads one version from start to end).
     */
    public static Javalin create(Supplier<Services> live, Path webDirectory, DocumentsController documents,
                                 Admission admission) {
        return create(live, webDirectory, documents, admission, ReaderAccess.OPEN, ClosedItemAccess.OFF);
    }

    /** As {@link #create(Supplier, Path, DocumentsController, Admission)}, with a reader token for archive data. */
    public static Javalin create(Supplier<Services> live, Path webDirectory, DocumentsController documents,
                                 Admission admission, ReaderAccess readers) {
        return create(live, webDirectory, documents, admission, readers, ClosedItemAccess.OFF);
    }

    /** As above; {@code closed} says which requests may read closed items' text (the item API only). */
    public static Javalin create(Supplier<Services> live, Path webDirectory, DocumentsController documents,
                                 Admission admission, ClosedItemAccess closed) {
        return create(live, webDirectory, documents, admission, ReaderAccess.OPEN, closed);
    }

    /**
     * The web app with both tokens: {@code readers} for all archive data, {@code closed} for closed items' text.
     */
    public static Javalin create(Supplier<Services> live, Path webDirectory, DocumentsController documents,
                                 Admission admission, ReaderAccess readers, ClosedItemAccess closed) {
        if (!Files.isDirectory(webDirectory)) {
            throw new IllegalArgumentException("web directory not found: " + webDirectory.toAbsolutePath());
        }
        AtomicReference<Handlers> current = new AtomicReference<>(Handlers.of(live.get(), closed));
        Supplier<Handlers> handlers = () -> {
            Services now = live.get();
            Handlers known = current.get();
            if (known.services() == now) {
                return known;
            }
            Handlers fresh = Handlers.of(now, closed);
            current.compareAndSet(known, fresh);
            return fresh;
        };
        RouteTable routes = new RouteTable();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(objectMapper(), false));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.staticFiles.add(webDirectory.toAbsolutePath().toString(), Location.EXTERNAL);
            ErrorHandlers.register(config, routes, webDirectory);
            config.routes.before(WebApp::securityHeaders);
            config.routes.before(ErrorHandlers::rejectMalformedQuery);
            config.routes.before(readers::check);
            Routes r = new Routes(config, routes);
            r.get("/api/health", ctx -> ctx.json(health(handlers.get().services())));
            r.get("/api/search", admission.gate(ctx -> handlers.get().search().search(ctx)));
            r.get("/api/meetings", ctx -> handlers.get().meetings().list(ctx));
            r.get("/api/meetings/{id}", ctx -> handlers.get().meetings().get(ctx));
            r.get("/api/meetings/{id}/items/{n}", ctx -> handlers.get().meetings().item(ctx));
            r.get("/api/meetings/{id}/items/{n}/similar", admission.gate(ctx -> {
                int n = ctx.pathParamAsClass("n", Integer.class).get();
                ctx.json(handlers.get().similar().of(ctx.pathParam("id"), n, 8).orElseThrow(() -> ErrorHandlers.notFound(
                        "unknown_item", "Punktet findes ikke: " + ctx.pathParam("id") + " punkt " + n + ".")));
            }));
            r.get("/api/meetings/{id}/source", ctx -> handlers.get().sources().source(ctx));
            r.get("/api/bodies", ctx -> handlers.get().bodies().list(ctx));
            r.get("/api/bodies/{id}", ctx -> handlers.get().bodies().get(ctx));
            r.get("/api/entities", ctx -> handlers.get().entities().list(ctx));
            r.get("/api/persons", ctx -> handlers.get().people().list(ctx));
            r.get("/api/persons/{id}", ctx -> handlers.get().people().get(ctx));
            r.get("/api/persons/{id}/roles", ctx -> handlers.get().people().roleList(ctx));
            r.get("/api/persons/{id}/activities", ctx -> handlers.get().people().activityList(ctx));
            r.get("/api/persons/{id}/mentions", ctx -> handlers.get().people().mentionList(ctx));
            r.get("/api/roles", ctx -> handlers.get().people().roles(ctx));
            r.get("/api/export/popolo", ctx -> handlers.get().popolo().export(ctx));
            r.get("/api/export/search.csv", admission.gate(ctx -> handlers.get().export().csv(ctx)));
            r.get("/api/export/search.json", admission.gate(ctx -> handlers.get().export().json(ctx)));
            r.get("/feed", admission.gate(ctx -> handlers.get().feed().atom(ctx)));
            r.get("/kalender.ics", ctx -> handlers.get().calendar().ical(ctx));
            r.get("/api/ask", admission.gate(ctx -> handlers.get().ask().ask(ctx)));
            r.post("/api/documents", documents::upload);
            r.delete("/api/documents/{name}", documents::delete);
            // Pages of the front-end: the same document, which routes on its path.
            for (String page : List.of("/", "/moeder", "/personer", "/organer", "/moede/{id}", "/moede/{id}/punkt/{n}",
                    "/person/{id}", "/organ/{id}")) {
                r.get(page, ctx -> ctx.html(Files.readString(webDirectory.resolve("index.html"))));
            }
        });
    }

    /** Registers routes and records them in the route table; every GET also answers HEAD, as GET would. */
    private record Routes(io.javalin.config.JavalinConfig config, RouteTable table) {
        void get(String path, io.javalin.http.Handler handler) {
            config.routes.get(path, handler);
            config.routes.head(path, handler);
            table.add("GET", path);
            table.add("HEAD", path);
        }

        void post(String path, io.javalin.http.Handler handler) {
            config.routes.post(path, handler);
            table.add("POST", path);
        }

        void delete(String path, io.javalin.http.Handler handler) {
            config.routes.delete(path, handler);
            table.add("DELETE", path);
        }
    }

    /**
     * The page loads only its own scripts, styles and images (no inline script: a minutes text that slipped through
     * escaping still cannot run), is never framed, and sends no referrer to other sites.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static void securityHeaders(io.javalin.http.Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private static Map<String, Object> health(Services services) {
        try {
            return Map.of("status", "ok",
                    "meetings", services.corpus().meetings().size(),
                    "items", services.corpus().itemCount(),
                    "documents", services.index().documentCount());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
