package dk.referatarkiv.people;

import java.time.LocalDate;

/**
 * Where a fact stands: the meeting, the item (0 for the meeting header), the section, and the verbatim sentence(s)
 * with their offsets in that section's text.
 */
public record Evidence(String meetingId, LocalDate meetingDate, int item, String section, String text, int start, int end) {
}
