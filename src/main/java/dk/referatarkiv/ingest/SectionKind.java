package dk.referatarkiv.ingest;

import java.util.Locale;
import java.util.Optional;

/** The standard sections of an agenda item, in their usual order; {@link #OTHER} holds any other heading. */
public enum SectionKind {
    ANLEDNING("Anledning"),
    SAGSFREMSTILLING("Sagsfremstilling"),
    INDSTILLING("Indstilling"),
    BESLUTNING("Beslutning"),
    BILAG("Bilag"),
    OTHER("Andet");

    private final String label;

    SectionKind(String label) {
        this.label = label;
    }

    /** The Danish name as users see it. */
    public String label() {
        return label;
    }

    /** The lower-case key used in field names and URLs, e.g. {@code beslutning}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Finds a kind by its Danish label or key, ignoring case; {@code OTHER} is not matched by its label. */
    public static Optional<SectionKind> fromName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (SectionKind kind : values()) {
            if (kind.key().equals(wanted) || kind.label.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
