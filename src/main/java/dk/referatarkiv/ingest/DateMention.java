package dk.referatarkiv.ingest;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A full calendar date written in a line of minutes, with the clock time written right after it, if any.
 *
 * @param start offset of the first character of the date in the text searched
 * @param end   offset after the date (and its time, when one follows)
 * @param time  the clock time that follows the date ({@code kl. 17:00}, {@code 2:00:00 PM}), or null
 * @param weekdayContradicts true when a weekday written before the date is not the date's weekday
 *                           ({@code Onsdag d. 6. marts 2025} — a Thursday): one of the two is a typo
 */
public record DateMention(int start, int end, LocalDate date, LocalTime time, boolean weekdayContradicts) {
}
