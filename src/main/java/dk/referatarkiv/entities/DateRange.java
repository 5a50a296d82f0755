package dk.referatarkiv.entities;

import java.time.LocalDate;

/**
 * The value of a date mention: a day, or a range for weeks, months, quarters, years and explicit periods.
 *
 * @param end          null for an open range ("i 2026 og frem")
 * @param precision    DAY, WEEK, MONTH, QUARTER or YEAR
 * @param yearInferred true when the text gave no year and the meeting's year was used
 */
public record DateRange(LocalDate start, LocalDate end, Precision precision, boolean yearInferred) {

    public enum Precision { DAY, WEEK, MONTH, QUARTER, YEAR }

    public boolean isDay() {
        return precision == Precision.DAY && start.equals(end);
    }
}
