package dk.referatarkiv.nlp;

import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every item of a corpus with its annotations, and each meeting's header text annotated. Built once per corpus;
 * immutable and thread-safe.
 *
 * @param items   the annotated items, meeting by meeting in corpus order
 * @param headers the annotated header text (place and participants) of each meeting id that has one
 */
public record AnnotatedCorpus(Corpus corpus, List<AnnotatedItem> items, Map<String, AnnotatedText> headers,
                              long millis) {

    /** Annotates every item and every meeting header. */
    public static AnnotatedCorpus annotate(Corpus corpus, DanishPipeline pipeline) {
        long start = System.nanoTime();
        List<AnnotatedItem> items = new ArrayList<>();
        Map<String, AnnotatedText> headers = new LinkedHashMap<>();
        for (Meeting meeting : corpus.meetings()) {
            String header = meeting.headerText();
            if (!header.isEmpty()) {
                headers.put(meeting.id(), pipeline.annotate(header));
            }
            for (AgendaItem item : meeting.items()) {
                List<AnnotatedText> sections = new ArrayList<>();
                for (Section section : item.sections()) {
                    sections.add(pipeline.annotate(section.text()));
                }
                items.add(new AnnotatedItem(meeting, item, pipeline.annotate(item.title()), sections));
            }
        }
        return new AnnotatedCorpus(corpus, List.copyOf(items), Map.copyOf(headers), (System.nanoTime() - start) / 1_000_000);
    }

    public int tokenCount() {
        int n = headers.values().stream().mapToInt(AnnotatedText::tokenCount).sum();
        for (AnnotatedItem item : items) {
            n += item.title().tokenCount() + item.sections().stream().mapToInt(AnnotatedText::tokenCount).sum();
        }
        return n;
    }
}
