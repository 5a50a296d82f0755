package dk.referatarkiv.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the explicit full dates and clock times that Danish minutes headers use: {@code 20-11-2024},
 * {@code d. 20. november 2024}, {@code kl. 09:00}. Richer date expressions belong to the entity layer.
 * Stateless and thread-safe.
 */
public final class DanishDates {

    public static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("februar", 2), Map.entry("marts", 3), Map.entry("april", 4),
            Map.entry("maj", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11), Map.entry("december", 12));

    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})(?!\\d)");
    private static final Pattern WRITTEN = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\.\\s*(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TIME = Pattern.compile("(?i)\\bkl\\.?\\s*(\\d{1,2})[:.](\\d{2})(?!\\d)");

    private DanishDates() {
    }

    /** The first full date in the text, numeric or written, whichever comes first. */
    public static Optional<LocalDate> findDate(String text) {
        Matcher numeric = NUMERIC.matcher(text);
        Matcher written = WRITTEN.matcher(text);
        boolean hasNumeric = numeric.find();
        boolean hasWritten = written.find();
        if (hasWritten && (!hasNumeric || written.start() < numeric.start())) {
            return date(written.group(3), String.valueOf(MONTHS.get(written.group(2).toLowerCase(Locale.ROOT))), written.group(1));
        }
        if (hasNumeric) {
            return date(numeric.group(3), numeric.group(2), numeric.group(1));
        }
        return Optional.empty();
    }

    /** The first clock time written as {@code kl. HH:MM} or {@code kl. HH.MM}. */
    public static Optional<LocalTime> findTime(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
