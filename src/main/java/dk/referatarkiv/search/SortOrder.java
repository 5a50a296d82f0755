package dk.referatarkiv.search;

import java.util.Locale;
import java.util.Optional;

/** How hits are ordered. */
public enum SortOrder {
    /** Best match first; ties newest first. */
    RELEVANCE,
    /** Newest meeting first, then item number. */
    DATE;

    public static Optional<SortOrder> parse(String text) {
        for (SortOrder order : values()) {
            if (order.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
