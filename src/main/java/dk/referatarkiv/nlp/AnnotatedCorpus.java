package dk.referatarkiv.nlp;

import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.Section;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Every item of a corpus with its annotations, and each meeting's header text annotated. Built once per corpus;
 * immutable and thread-safe.
 *
 * @param items   the annotated items, meeting by meeting in corpus order
 * @param headers the annotated header text (place and participants) of each meeting id that has one
 */
public record AnnotatedCorpus(Corpus corpus, List<AnnotatedItem> items, Map<String, AnnotatedText> headers,
                              long millis) {

    /** Annotates every item and every meeting header; an exception for any meeting fails the whole corpus. */
    public static AnnotatedCorpus annotate(Corpus corpus, DanishPipeline pipeline) {
        return annotate(corpus, pipeline, (meeting, e) -> {
            throw e;
        });
    }

    /**
     * Annotates every item and every meeting header, meeting by meeting: when annotating a meeting throws, the
     * meeting is handed to {@code onFailure} and left out (of the annotations and of {@link #corpus()}), and the
     * others are annotated.
     */
    public static AnnotatedCorpus annotate(Corpus corpus, DanishPipeline pipeline,
                                           BiConsumer<Meeting, RuntimeException> onFailure) {
        return annotate(corpus, pipeline::annotate, onFailure);
    }

    /** As {@link #annotate(Corpus, DanishPipeline, BiConsumer)}, with any annotator (tests inject failures). */
    public static AnnotatedCorpus annotate(Corpus corpus, Function<String, AnnotatedText> pipeline,
                                           BiConsumer<Meeting, RuntimeException> onFailure) {
        long start = System.nanoTime();
        List<AnnotatedItem> items = new ArrayList<>();
        Map<String, AnnotatedText> headers = new LinkedHashMap<>();
        Set<String> failed = new HashSet<>();
        for (Meeting meeting : corpus.meetings()) {
            List<AnnotatedItem> meetingItems = new ArrayList<>();
            AnnotatedText header;
            try {
                header = meeting.headerText().isEmpty() ? null : pipeline.apply(meeting.headerText());
                for (AgendaItem item : meeting.items()) {
                    List<AnnotatedText> sections = new ArrayList<>();
                    for (Section section : item.sections()) {
                        sections.add(pipeline.apply(section.text()));
                    }
                    meetingItems.add(new AnnotatedItem(meeting, item, pipeline.apply(item.title()), sections));
                }
            } catch (RuntimeException e) {
                onFailure.accept(meeting, e);
                failed.add(meeting.id());
                continue;
            }
            if (header != null) {
                headers.put(meeting.id(), header);
            }
            items.addAll(meetingItems);
        }
        Corpus annotatedCorpus = failed.isEmpty() ? corpus : corpus.without(failed);
        return new AnnotatedCorpus(annotatedCorpus, List.copyOf(items), Map.copyOf(headers),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The annotations of {@code subset}'s meetings, which must be meetings of this corpus. */
    public AnnotatedCorpus restrictedTo(Corpus subset) {
        Set<String> ids = new HashSet<>();
        subset.meetings().forEach(m -> ids.add(m.id()));
        Map<String, AnnotatedText> kept = new LinkedHashMap<>(headers);
        kept.keySet().retainAll(ids);
        return new AnnotatedCorpus(subset, items.stream().filter(i -> ids.contains(i.meeting().id())).toList(),
                Map.copyOf(kept), millis);
    }

    public int tokenCount() {
        int n = headers.values().stream().mapToInt(AnnotatedText::tokenCount).sum();
        for (AnnotatedItem item : items) {
            n += item.title().tokenCount() + item.sections().stream().mapToInt(AnnotatedText::tokenCount).sum();
        }
        return n;
    }
}
