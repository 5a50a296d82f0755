package dk.referatarkiv.search;

import dk.referatarkiv.index.FacetSchema;
import dk.referatarkiv.index.Fields;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Counts the facet values ({@link Fields#FACETS}: person, unit, budget year, year, section, municipality, body, party)
 * of the items a query matches, with labels for people. The doc-values state is built once per index reader.
 * Thread-safe.
 */
final class FacetCounter {

    private static final int MAX_VALUES = 20;
    /** Facets with one value per year, given whole rather than cut to the top {@link #MAX_VALUES}. */
    private static final java.util.Set<String> CALENDAR = java.util.Set.of(Fields.FACET_YEAR, Fields.FACET_BUDGET_YEAR);

    private record State(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private final BiFunction<String, String, String> labels;
    private volatile State cached;

    /** @param labels (dimension, value) → label */
    FacetCounter(BiFunction<String, String, String> labels) {
        this.labels = labels;
    }

    /** The facet values of the matches {@code collector} gathered (in the same pass as the hits). */
    Map<String, List<FacetValue>> count(IndexReader reader, FacetsCollector collector) throws IOException {
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state(reader), collector);
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) {
            List<FacetValue> values = new ArrayList<>();
            FacetResult result;
            try {
                // Every year: the front-end lists years in calendar order, which a top-20 by count would leave
                // with gaps. There is one value per year of the archive, so the list stays short.
                result = CALENDAR.contains(dim) ? counts.getAllChildren(dim) : counts.getTopChildren(MAX_VALUES, dim);
            } catch (IllegalArgumentException dimensionNotIndexed) {
                result = null;
            }
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.add(new FacetValue(lv.label, labels.apply(dim, lv.label), lv.value.longValue()));
                }
            }
            values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
            facets.put(dim, values);
        }
        return facets;
    }

    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        State current = cached;
        if (current == null || current.reader != reader) {
            current = new State(reader, new DefaultSortedSetDocValuesReaderState(reader, FacetSchema.config()));
            cached = current;
        }
        return current.state;
    }
}
