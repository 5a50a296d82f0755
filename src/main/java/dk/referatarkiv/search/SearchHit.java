package dk.referatarkiv.search;

/**
 * One agenda item found.
 *
 * @param meetingDate ISO date, or null when the meeting date is unknown
 * @param item        the item number; 0 is the meeting header
 * @param section     the Danish name of the section the snippet comes from
 * @param snippet     HTML-escaped text with the matched words in {@code <mark>}
 */
public record SearchHit(String meetingId, String meetingDate, String body, int item, String title,
                        String journalNumber, String section, String snippet, float score) {
}
