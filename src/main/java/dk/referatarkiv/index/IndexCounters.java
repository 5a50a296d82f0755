package dk.referatarkiv.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one index build did.
 *
 * @param meetings the meetings indexed
 * @param items    the agenda item documents written (item 0 headers not counted)
 * @param headers  the meeting header documents written
 * @param skipped  items the generator refused (see the log for why)
 * @param millis   wall time of the build
 * @param leftOut  meetings whose documents could not be built or added, by id, with the reason
 * @param written  the meetings whose documents were written (all of them in a rebuild; in an update, those whose
 *                 documents changed or are new)
 * @param removed  the meetings an update removed from the index (gone from the corpus, or left out this time)
 * @param made     the meetings whose documents were made (all of them in a rebuild; in an update with the
 *                 annotations' key, those whose inputs changed: the others were passed over unmade)
 */
public record IndexCounters(int meetings, int items, int headers, int skipped, long millis, Map<String, String> leftOut,
                            int written, int removed, int made) {

    public IndexCounters {
        leftOut = Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
    }

    /** A rebuild: every meeting indexed was written. */
    public IndexCounters(int meetings, int items, int headers, int skipped, long millis, Map<String, String> leftOut) {
        this(meetings, items, headers, skipped, millis, leftOut, meetings, 0, meetings);
    }

    /** A rebuild that left no meeting out. */
    public IndexCounters(int meetings, int items, int headers, int skipped, long millis) {
        this(meetings, items, headers, skipped, millis, Map.of());
    }
}
