package dk.referatarkiv.internal;

import java.util.Map;

/**
 * The Danish month names, shared by the header date finder ({@code ingest/DateFinder}) and the entity layer's date
 * extractor. Stateless and thread-safe.
 */
public final class DanishDates {

    public static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("februar", 2), Map.entry("marts", 3), Map.entry("april", 4),
            Map.entry("maj", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11), Map.entry("december", 12));

    /** The months as Danish abbreviates them, without the full stop: "jan.", "sept.", "nov." ("maj" is not shortened). */
    public static final Map<String, Integer> ABBREVIATED = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("okt", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private DanishDates() {
    }
}
