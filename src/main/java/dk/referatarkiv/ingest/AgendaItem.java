package dk.referatarkiv.ingest;

import java.util.List;
import java.util.Optional;

/**
 * A numbered agenda item of a meeting.
 *
 * @param number        the item number as written ("Punkt 3" is 3)
 * @param rawTitle      the title as written, e.g. {@code CF - Evt.}
 * @param title         the title without a body prefix such as {@code CF - }
 * @param journalNumber the KLE journal number, or null when the item has none
 * @param recommender   who makes the recommendation ("Kommunaldirektøren"), or empty
 * @param timeAllotment the time set aside as written, e.g. {@code (15 min.)}, or empty
 * @param sections      the sections in the order of the source
 * @param line          the 1-based line of the item heading in the source file (0 for an item known only from the
 *                      table of contents)
 * @param closed        a closed item ("Lukket punkt"): its title is public, its text is not
 */
public record AgendaItem(int number, String rawTitle, String title, JournalNumber journalNumber, String recommender,
                         String timeAllotment, List<Section> sections, int line, boolean closed) {

    /**
     * The title of the item that keeps text after the table of contents that no listed title heads: the text stays
     * searchable, but it is no agenda item of the meeting.
     */
    public static final String UNPLACED_TEXT_TITLE = "Referatets øvrige tekst";

    public AgendaItem {
        sections = List.copyOf(sections);
    }

    /** False for the item that only keeps unplaced text ({@link #UNPLACED_TEXT_TITLE}). */
    public boolean isAgendaItem() {
        return !(line == 0 && title.equals(UNPLACED_TEXT_TITLE));
    }

    /** True for an item the file names (in its table of contents) but whose text it does not hold. */
    public boolean titleOnly() {
        return sections.isEmpty();
    }

    /** The first section of the given kind. */
    public Optional<Section> section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** Whether the item has a section of the given kind. */
    public boolean has(SectionKind kind) {
        return section(kind).isPresent();
    }
}
