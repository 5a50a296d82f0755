package dk.referatarkiv.search;

import java.util.List;

/** A page of hits, with the total number of matching items and the time the search took. */
public record SearchResult(long total, long tookMs, int page, int size, List<SearchHit> hits,
                           java.util.Map<String, List<FacetValue>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Map.copyOf(facets);
    }
}
