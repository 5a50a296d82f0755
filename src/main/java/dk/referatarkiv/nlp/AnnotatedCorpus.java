package dk.referatarkiv.nlp;

import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.MeetingFailures;
import dk.referatarkiv.ingest.Section;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every item of a corpus with its annotations, and each meeting's header text annotated. Built once per corpus;
 * immutable and thread-safe.
 *
 * @param items   the annotated items, meeting by meeting in corpus order
 * @param headers the annotated header text (place and participants) of each meeting id that has one
 * @param headerSources the annotated header as written ({@link Meeting#headerSource()}) of each meeting id that has one
 */
public record AnnotatedCorpus(Corpus corpus, List<AnnotatedItem> items, Map<String, AnnotatedText> headers,
                              Map<String, AnnotatedText> headerSources, long millis) {

    /** Annotations without the headers as written. */
    public AnnotatedCorpus(Corpus corpus, List<AnnotatedItem> items, Map<String, AnnotatedText> headers, long millis) {
        this(corpus, items, headers, Map.of(), millis);
    }

    /**
     * One meeting's annotations: its header (place and participants, or null), its header as written (or null) and
     * its items in order.
     */
    public record MeetingAnnotations(Meeting meeting, AnnotatedText header, AnnotatedText headerSource,
                                     List<AnnotatedItem> items) {
    }

    /** Annotates every item and every meeting header; an exception for any meeting fails the whole corpus. */
    public static AnnotatedCorpus annotate(Corpus corpus, DanishPipeline pipeline) {
        return annotate(corpus, pipeline::annotate, MeetingFailures.RETHROW);
    }

    /**
     * Annotates every item and every meeting header, meeting by meeting: a meeting whose annotation throws is
     * reported to {@code failures} (stage {@code nlp}) and left out, of the annotations and of {@link #corpus()}.
     * The annotator is a parameter so that tests can make it fail for one text.
     */
    public static AnnotatedCorpus annotate(Corpus corpus, Function<String, AnnotatedText> pipeline,
                                           MeetingFailures failures) {
        long start = System.nanoTime();
        // Meetings are annotated in parallel (the pipeline is thread-safe); failures are reported afterwards, in
        // corpus order and on this thread, so that the report does not depend on the timing.
        List<Meeting> meetings = corpus.meetings();
        List<Annotated> done = meetings.parallelStream().map(m -> annotateMeeting(m, pipeline)).toList();
        List<AnnotatedItem> items = new ArrayList<>();
        Map<String, AnnotatedText> headers = new LinkedHashMap<>();
        Map<String, AnnotatedText> sources = new LinkedHashMap<>();
        Set<String> failed = new HashSet<>();
        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = meetings.get(i);
            Annotated result = done.get(i);
            boolean ok = failures.run(meeting, "nlp", result::rethrow);
            if (!ok) {
                failed.add(meeting.id());
                continue;
            }
            if (result.header() != null) {
                headers.put(meeting.id(), result.header());
            }
            if (result.source() != null) {
                sources.put(meeting.id(), result.source());
            }
            items.addAll(result.items());
        }
        Corpus annotatedCorpus = failed.isEmpty() ? corpus : corpus.without(failed);
        return new AnnotatedCorpus(annotatedCorpus, List.copyOf(items), Map.copyOf(headers), Map.copyOf(sources),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** One meeting's annotations, or what went wrong while they were made. */
    private record Annotated(AnnotatedText header, AnnotatedText source, List<AnnotatedItem> items, Throwable error) {
        void rethrow() {
            if (error instanceof RuntimeException e) {
                throw e;
            }
            if (error instanceof Error e) {
                throw e;
            }
        }
    }

    private static Annotated annotateMeeting(Meeting meeting, Function<String, AnnotatedText> pipeline) {
        try {
            AnnotatedText header = meeting.headerText().isEmpty() ? null : pipeline.apply(meeting.headerText());
            AnnotatedText source = meeting.headerSource().isEmpty() ? null : pipeline.apply(meeting.headerSource());
            List<AnnotatedItem> items = new ArrayList<>();
            for (AgendaItem item : meeting.items()) {
                List<AnnotatedText> sections = new ArrayList<>();
                for (Section section : item.sections()) {
                    sections.add(pipeline.apply(section.text()));
                }
                items.add(new AnnotatedItem(meeting, item, pipeline.apply(item.title()), sections));
            }
            return new Annotated(header, source, items, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Annotated(null, null, List.of(), e);
        }
    }

    /** The annotations meeting by meeting, in corpus order (items are stored meeting by meeting). */
    public List<MeetingAnnotations> byMeeting() {
        Map<String, List<AnnotatedItem>> itemsOf = new LinkedHashMap<>();
        for (AnnotatedItem item : items) {
            itemsOf.computeIfAbsent(item.meeting().id(), k -> new ArrayList<>()).add(item);
        }
        List<MeetingAnnotations> out = new ArrayList<>(corpus.meetings().size());
        for (Meeting meeting : corpus.meetings()) {
            out.add(new MeetingAnnotations(meeting, headers.get(meeting.id()), headerSources.get(meeting.id()),
                    itemsOf.getOrDefault(meeting.id(), List.of())));
        }
        return out;
    }

    /** The annotations without these meetings. */
    public AnnotatedCorpus without(Set<String> meetingIds) {
        return meetingIds.isEmpty() ? this : restrictedTo(corpus.without(meetingIds));
    }

    /** The annotations of {@code subset}'s meetings, which must be meetings of this corpus. */
    public AnnotatedCorpus restrictedTo(Corpus subset) {
        Set<String> ids = new HashSet<>();
        subset.meetings().forEach(m -> ids.add(m.id()));
        Map<String, AnnotatedText> kept = new LinkedHashMap<>(headers);
        kept.keySet().retainAll(ids);
        Map<String, AnnotatedText> keptSources = new LinkedHashMap<>(headerSources);
        keptSources.keySet().retainAll(ids);
        return new AnnotatedCorpus(subset, items.stream().filter(i -> ids.contains(i.meeting().id())).toList(),
                Map.copyOf(kept), Map.copyOf(keptSources), millis);
    }

    public int tokenCount() {
        int n = headers.values().stream().mapToInt(AnnotatedText::tokenCount).sum()
                + headerSources.values().stream().mapToInt(AnnotatedText::tokenCount).sum();
        for (AnnotatedItem item : items) {
            n += item.title().tokenCount() + item.sections().stream().mapToInt(AnnotatedText::tokenCount).sum();
        }
        return n;
    }
}
