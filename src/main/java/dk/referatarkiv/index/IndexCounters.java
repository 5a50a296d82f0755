package dk.referatarkiv.index;

/**
 * What one index build did.
 *
 * @param meetings the meetings indexed
 * @param items    the agenda item documents written (item 0 headers not counted)
 * @param headers  the meeting header documents written
 * @param skipped  items the generator refused (see the log for why)
 * @param millis   wall time of the build
 */
public record IndexCounters(int meetings, int items, int headers, int skipped, long millis) {
}
