package dk.referatarkiv.search;

import dk.referatarkiv.ingest.SectionKind;

import java.time.LocalDate;

/**
 * A search as the user asked for it. Arguments are checked here so that every caller (HTTP, CLI, benchmark) gets the
 * same rules.
 *
 * @param text    the query text as typed; may be empty when a filter is given
 * @param from    first meeting date included, or null
 * @param to      last meeting date included, or null
 * @param section search only this section, or null for all
 * @param page    1-based page number
 * @param size    hits per page, 1..{@link #MAX_SIZE}
 */
public record SearchRequest(String text, LocalDate from, LocalDate to, SectionKind section, EntityFilters filters,
                            int page, int size, SortOrder sort) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT_LENGTH = 1000;
    /** Deep paging is not a use case of an archive this size; the cap bounds the work of one request. */
    public static final int MAX_WINDOW = 1000;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("query is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (page < 1 || (long) page * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page must be at least 1 and page * size at most " + MAX_WINDOW);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from is after to");
        }
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        filters = filters == null ? EntityFilters.NONE : filters;
    }

    /** A first-page relevance search for the text, with no filters. */
    public static SearchRequest of(String text, int size) {
        return new SearchRequest(text, null, null, null, EntityFilters.NONE, 1, size, SortOrder.RELEVANCE);
    }

    public boolean hasFilter() {
        return from != null || to != null || section != null || filters.any();
    }
}
