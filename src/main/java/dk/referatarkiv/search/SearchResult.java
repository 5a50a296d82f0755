package dk.referatarkiv.search;

import java.util.List;

/**
 * A page of hits, with the total number of matching items and the time the search took.
 *
 * @param suggestion when nothing was found, the query with its unknown words replaced by the nearest words of the
 *                   index ("Mente du …?"); null otherwise
 */
public record SearchResult(long total, long tookMs, int page, int size, List<SearchHit> hits,
                           java.util.Map<String, List<FacetValue>> facets, String suggestion) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Map.copyOf(facets);
    }

    /** A result without a suggestion. */
    public SearchResult(long total, long tookMs, int page, int size, List<SearchHit> hits,
                        java.util.Map<String, List<FacetValue>> facets) {
        this(total, tookMs, page, size, hits, facets, null);
    }
}
