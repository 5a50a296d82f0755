package dk.referatarkiv.nlp;

import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Meeting;

import java.util.List;

/**
 * An agenda item with the NLP annotations of its title and of each section (in the order of
 * {@link AgendaItem#sections()}), computed once and shared by the index, entity and answer layers.
 */
public record AnnotatedItem(Meeting meeting, AgendaItem item, AnnotatedText title, List<AnnotatedText> sections) {
    public AnnotatedItem {
        sections = List.copyOf(sections);
        if (sections.size() != item.sections().size()) {
            throw new IllegalArgumentException("one annotation per section expected");
        }
    }
}
