package dk.referatarkiv.web;

import dk.referatarkiv.ingest.SectionKind;
import dk.referatarkiv.search.ArchiveSearcher;
import dk.referatarkiv.search.EntityFilters;
import dk.referatarkiv.search.SearchRequest;
import dk.referatarkiv.search.SortOrder;
import io.javalin.http.Context;

import java.io.IOException;
import java.time.LocalDate;

/**
 * {@code GET /api/search}: free-text search with date, section, sort and paging parameters, and the facet filters
 * (person, unit, budgetYear, kommune, organ, parti; one value each, matched exactly as the facet gives it) and the
 * journal number ({@code journal}, exactly as written).
 */
final class SearchController {

    private final ArchiveSearcher searcher;

    SearchController(ArchiveSearcher searcher) {
        this.searcher = searcher;
    }

    void search(Context ctx) throws IOException {
        ctx.json(searcher.search(request(ctx)));
    }

    static SearchRequest request(Context ctx) {
        String q = QueryParams.text(ctx, "q");
        if (q.length() > SearchRequest.MAX_TEXT_LENGTH) {
            throw ErrorHandlers.badRequest("query_too_long",
                    "Søgningen er for lang: højst " + SearchRequest.MAX_TEXT_LENGTH + " tegn.");
        }
        LocalDate from = QueryParams.date(ctx, "from");
        LocalDate to = QueryParams.date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ErrorHandlers.badRequest("invalid_parameter", "Datoen 'from' ligger efter datoen 'to'.");
        }
        SectionKind section = section(ctx);
        int size = QueryParams.integer(ctx, "size", 10, 1, SearchRequest.MAX_SIZE);
        int page = QueryParams.integer(ctx, "page", 1, 1, SearchRequest.MAX_WINDOW / size);
        SortOrder sort = sort(ctx);
        EntityFilters filters = filters(ctx);
        if (q.isEmpty() && from == null && to == null && section == null && !filters.any()) {
            throw ErrorHandlers.badRequest("empty_query", "Skriv et eller flere søgeord, eller vælg et filter.");
        }
        return new SearchRequest(q, from, to, section, filters, page, size, sort);
    }

    private static EntityFilters filters(Context ctx) {
        String person = QueryParams.text(ctx, "person");
        String unit = QueryParams.text(ctx, "unit");
        Integer budgetYear = QueryParams.text(ctx, "budgetYear").isEmpty() ? null
                : QueryParams.integer(ctx, "budgetYear", 0, 1900, 2200);
        Double min = QueryParams.decimal(ctx, "minAmount");
        Double max = QueryParams.decimal(ctx, "maxAmount");
        if (min != null && max != null && min > max) {
            throw ErrorHandlers.badRequest("invalid_parameter", "'minAmount' er større end 'maxAmount'.");
        }
        return new EntityFilters(orNull(person), orNull(unit), budgetYear, min, max,
                orNull(QueryParams.text(ctx, "kommune")), orNull(QueryParams.text(ctx, "organ")),
                orNull(QueryParams.text(ctx, "parti")), orNull(QueryParams.text(ctx, "journal")));
    }

    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static SectionKind section(Context ctx) {
        String value = QueryParams.text(ctx, "section");
        if (value.isEmpty()) {
            return null;
        }
        return SectionKind.fromName(value).filter(k -> k != SectionKind.OTHER).orElseThrow(() ->
                ErrorHandlers.badRequest("invalid_parameter",
                        "Ukendt afsnit '" + value + "'. Brug Anledning, Sagsfremstilling, Indstilling, Beslutning eller Bilag."));
    }

    private static SortOrder sort(Context ctx) {
        String value = QueryParams.text(ctx, "sort");
        if (value.isEmpty()) {
            return SortOrder.RELEVANCE;
        }
        return SortOrder.parse(value).orElseThrow(() ->
                ErrorHandlers.badRequest("invalid_parameter", ParameterNames.describe("sort") + " skal være 'relevance' eller 'date'."));
    }
}
