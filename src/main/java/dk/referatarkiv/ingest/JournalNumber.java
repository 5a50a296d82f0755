package dk.referatarkiv.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A KLE journal number such as {@code 00.30.00-P05-3-24}: the KLE subject ("emne") {@code 00.30.00}, the handling facet
 * {@code P05}, the running sequence {@code 3} and the year {@code 2024}.
 */
public record JournalNumber(String raw, String emne, String facet, int sequence, int year) {

    /** Matches a journal number anywhere; group names give its parts. */
    public static final Pattern PATTERN = Pattern.compile(
            "(?<emne>\\d{2}\\.\\d{2}\\.\\d{2})-(?<facet>[A-ZÆØÅ]\\d{2})-(?<seq>\\d{1,6})-(?<year>\\d{2}|\\d{4})(?!\\d)");

    /** Parses a string that is exactly one journal number (surrounding white space allowed). */
    public static Optional<JournalNumber> parse(String text) {
        Matcher m = PATTERN.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(fromMatch(m));
    }

    /** Builds a journal number from a successful match of {@link #PATTERN}. */
    public static JournalNumber fromMatch(Matcher m) {
        String yearText = m.group("year");
        int year = Integer.parseInt(yearText);
        if (yearText.length() == 2) {
            // KLE numbers carry two-digit years; the archive covers the municipal reform era (2007-) onwards.
            year += year >= 70 ? 1900 : 2000;
        }
        return new JournalNumber(m.group(), m.group("emne"), m.group("facet"), Integer.parseInt(m.group("seq")), year);
    }

    @Override
    public String toString() {
        return raw;
    }
}
