package dk.referatarkiv.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referatarkiv.search.ArchiveSearcher;
import dk.referatarkiv.search.SearchHit;
import dk.referatarkiv.search.SearchRequest;
import io.javalin.http.Context;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/export/search.csv} and {@code .json}: every hit of a search (the parameters of {@code /api/search};
 * page and size do not apply), at most {@link #MAX_ROWS}, streamed as they are read. {@code X-Total-Count} gives the
 * number of matches and {@code X-Export-Count} the number sent, so a client can say when the export was cut.
 */
final class SearchExport {

    /** Enough for any search a person reads through; the cap bounds one request's work. */
    static final int MAX_ROWS = 10_000;

    private final ArchiveSearcher searcher;
    private final ObjectMapper json;

    SearchExport(ArchiveSearcher searcher, ObjectMapper json) {
        this.searcher = searcher;
        this.json = json;
    }

    void csv(Context ctx) throws IOException {
        SearchRequest request = SearchController.request(ctx);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"referatarkiv-resultater.csv\"");
        Writer writer = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        HitCsvWriter csv = new HitCsvWriter(writer, ItemLinks.siteBase(ctx));
        searcher.export(request, MAX_ROWS, new ArchiveSearcher.HitStream() {
            @Override
            public void start(long total, int exported) throws IOException {
                counts(ctx, total, exported);
                csv.header();
            }

            @Override
            public void hit(SearchHit hit) throws IOException {
                csv.hit(hit);
            }
        });
        writer.flush();
    }

    void json(Context ctx) throws IOException {
        SearchRequest request = SearchController.request(ctx);
        ctx.contentType("application/json; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"referatarkiv-resultater.json\"");
        String site = ItemLinks.siteBase(ctx);
        JsonGenerator out = json.getFactory().createGenerator(ctx.outputStream());
        searcher.export(request, MAX_ROWS, new ArchiveSearcher.HitStream() {
            @Override
            public void start(long total, int exported) throws IOException {
                counts(ctx, total, exported);
                out.writeStartObject();
                out.writeNumberField("total", total);
                out.writeNumberField("exported", exported);
                if (exported < total) {
                    out.writeStringField("message", "Eksporten rummer de første " + exported + " af " + total
                            + " resultater. Afgræns søgningen for at få resten.");
                }
                out.writeArrayFieldStart("hits");
            }

            @Override
            public void hit(SearchHit hit) throws IOException {
                out.writeStartObject();
                out.writeStringField("meetingDate", hit.meetingDate());
                out.writeStringField("body", hit.body());
                out.writeStringField("meetingId", hit.meetingId());
                out.writeNumberField("item", hit.item());
                out.writeStringField("title", hit.title());
                out.writeStringField("journalNumber", hit.journalNumber());
                out.writeStringField("url", site + ItemLinks.path(hit.meetingId(), hit.item()));
                out.writeEndObject();
            }
        });
        out.writeEndArray();
        out.writeEndObject();
        out.flush();
    }

    private static void counts(Context ctx, long total, int exported) {
        ctx.header("X-Total-Count", String.valueOf(total));
        ctx.header("X-Export-Count", String.valueOf(exported));
    }
}
