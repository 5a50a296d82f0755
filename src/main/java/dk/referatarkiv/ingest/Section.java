package dk.referatarkiv.ingest;

import java.util.List;

/**
 * One section of an agenda item.
 *
 * @param kind        the standard section, or {@link SectionKind#OTHER}
 * @param heading     the heading as written (without layout markup)
 * @param text        the body text: paragraphs separated by blank lines, lines by {@code \n}
 * @param attachments for {@link SectionKind#BILAG}: one title per attachment; empty otherwise
 * @param line        the 1-based line of the heading in the source file (0 when there is no heading)
 */
public record Section(SectionKind kind, String heading, String text, List<String> attachments, int line) {
    public Section {
        attachments = List.copyOf(attachments);
    }

    /** The name to show: the standard label, or the heading as written for other sections. */
    public String displayName() {
        return kind == SectionKind.OTHER ? heading : kind.label();
    }
}
