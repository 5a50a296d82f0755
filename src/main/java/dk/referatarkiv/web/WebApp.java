package dk.referatarkiv.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.index.ArchiveIndex;
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

/**
 * Builds the web application: the JSON API under {@code /api} and the static front-end from the web directory.
 * Returns an unstarted {@link Javalin}; {@code serve} starts it on the configured port, tests on port 0.
 */
public final class WebApp {

    private WebApp() {
    }

    /** The services the web layer needs; built by the caller. */
    public record Services(Corpus corpus, CorpusEntities entities, People people, ArchiveIndex index,
                           ArchiveSearcher searcher, QuestionAnswerer answerer) {
    }

    public static Javalin create(Services services, Path webDirectory) {
        if (!Files.isDirectory(webDirectory)) {
            throw new IllegalArgumentException("web directory not found: " + webDirectory.toAbsolutePath());
        }
        SearchController search = new SearchController(services.searcher());
        MeetingController meetings = new MeetingController(services.corpus(), services.entities());
        EntityController entities = new EntityController(services.entities());
        PeopleController people = new PeopleController(services.people());
        PopoloExport popolo = new PopoloExport(services.people());
        AskController ask = new AskController(services.answerer());
        SimilarItems similar = new SimilarItems(services.index());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(objectMapper(), false));
            config.staticFiles.add(webDirectory.toAbsolutePath().toString(), Location.EXTERNAL);
            ErrorHandlers.register(config);
            config.routes.get("/api/health", ctx -> ctx.json(health(services)));
            config.routes.get("/api/search", search::search);
            config.routes.get("/api/meetings", meetings::list);
            config.routes.get("/api/meetings/{id}", meetings::get);
            config.routes.get("/api/meetings/{id}/items/{n}", meetings::item);
            config.routes.get("/api/meetings/{id}/items/{n}/similar", ctx -> {
                int n = ctx.pathParamAsClass("n", Integer.class).get();
                ctx.json(similar.of(ctx.pathParam("id"), n, 8).orElseThrow(() -> ErrorHandlers.notFound("unknown_item",
                        "Punktet findes ikke: " + ctx.pathParam("id") + " punkt " + n + ".")));
            });
            config.routes.get("/api/entities", entities::list);
            config.routes.get("/api/persons", people::list);
            config.routes.get("/api/persons/{id}", people::get);
            config.routes.get("/api/roles", people::roles);
            config.routes.get("/api/export/popolo", popolo::export);
            config.routes.get("/api/ask", ask::ask);
            // Pages of the front-end: the same document, which routes on its path.
            for (String page : List.of("/moeder", "/personer", "/moede/{id}", "/moede/{id}/punkt/{n}", "/person/{id}")) {
                config.routes.get(page, ctx -> ctx.html(Files.readString(webDirectory.resolve("index.html"))));
            }
        });
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
