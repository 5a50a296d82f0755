package dk.referatarkiv.ingest;

import java.util.List;
import java.util.function.Predicate;

/**
 * One family of minutes layouts: how to tell that a file uses it, and the recognisers that read it. A new layout is
 * a new instance (see {@link Layouts}); the parser itself does not change.
 *
 * @param name     a short name for messages
 * @param detector true when the first lines of a file show this layout
 */
public record Layout(String name, Predicate<List<SourceLine>> detector, List<HeaderFieldRecognizer> headerFields,
                     ItemStartRecognizer itemStart, SectionHeadingRecognizer sectionHeading) {
    public Layout {
        headerFields = List.copyOf(headerFields);
    }
}
