package dk.referatarkiv.cli;

import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.FileReport;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.nlp.AnnotatedSentence;
import dk.referatarkiv.nlp.AnnotatedText;
import dk.referatarkiv.nlp.NlpModels;
import dk.referatarkiv.nlp.Token;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10: an exception in any stage for one file leaves that file out and reports it; the others go on. The
 * failures come from the real stages, fed a broken annotation for one meeting each: the stages catch them per meeting.
 */
class IsolatedStagesTest {

    private static final String NLP_VICTIM = "chefforum-2017-05-02";
    private static final String ENTITIES_VICTIM = "chefforum-2023-05-10";
    private static final String PEOPLE_VICTIM = "chefforum-2024-01-17";
    private static final String INDEX_VICTIM = "chefforum-2024-02-14";
    private static final String SURVIVOR = "chefforum-2024-11-20";

    /**
     * The real stages, with an annotator that breaks one text of each victim: it throws (NLP), gives a token without
     * text (the name finder fails on it), or gives sentences that end past the text (reading roles fails on them).
     */
    private static IsolatedStages.Stages breaking(Corpus corpus) throws IOException {
        IsolatedStages.Stages real = IsolatedStages.Stages.of(TestData.pipeline(), NlpModels.load(TestData.MODELS),
                TestData.gazetteer());
        String nlpText = uniqueTitle(corpus, NLP_VICTIM);
        String entitiesText = uniqueTitle(corpus, ENTITIES_VICTIM);
        Set<String> peopleTexts = new HashSet<>();
        meeting(corpus, PEOPLE_VICTIM).items().forEach(i -> i.sections().forEach(s -> peopleTexts.add(s.text())));
        corpus.meetings().stream().filter(m -> !m.id().equals(PEOPLE_VICTIM))
                .forEach(m -> m.items().forEach(i -> i.sections().forEach(s -> peopleTexts.remove(s.text()))));
        Function<String, AnnotatedText> annotator = text -> {
            if (text.equals(nlpText)) {
                throw new IllegalStateException("tagger broke (injected)");
            }
            AnnotatedText good = real.annotator().apply(text);
            if (text.equals(entitiesText)) {
                return new AnnotatedText(text, List.of(new AnnotatedSentence(0, text.length(),
                        List.of(new Token(null, 0, 1, "X", null)))));
            }
            if (peopleTexts.contains(text) && !text.isEmpty()) {
                return new AnnotatedText(text, good.sentences().stream()
                        .map(s -> new AnnotatedSentence(s.start(), text.length() + 5, s.tokens())).toList());
            }
            return good;
        };
        return new IsolatedStages.Stages(annotator, real.entities(), real.people());
    }

    private static Meeting meeting(Corpus corpus, String id) {
        return corpus.meeting(id).orElseThrow();
    }

    /** A title that only this meeting has, so that breaking it breaks only this meeting. */
    private static String uniqueTitle(Corpus corpus, String id) {
        Set<String> others = new HashSet<>();
        corpus.meetings().stream().filter(m -> !m.id().equals(id))
                .forEach(m -> m.items().forEach(i -> others.add(i.title())));
        return meeting(corpus, id).items().stream().map(AgendaItem::title).filter(t -> !others.contains(t))
                .findFirst().orElseThrow();
    }

    @Test
    void aFailingStageCostsOnlyItsFile() throws IOException {
        Corpus corpus = TestData.load(TestData.CORPUS);
        IsolatedStages stages = new IsolatedStages(breaking(corpus));
        IsolatedStages.Result result = stages.analyse(corpus, Map.of());
        // people are read with the persons resolved without the meetings left out, as the entities are
        assertSame(result.entities().persons(), result.people().persons());
        result = stages.leftOutOfIndex(result, Map.of(INDEX_VICTIM, "IllegalArgumentException: immense term",
                "not-in-this-corpus", "ignored"));
        assertSame(result.entities().persons(), result.people().persons());

        assertEquals(List.of(SURVIVOR), result.corpus().meetings().stream().map(Meeting::id).toList());
        assertEquals(List.of(SURVIVOR), result.annotated().corpus().meetings().stream().map(Meeting::id).toList());
        assertTrue(result.annotated().items().stream().allMatch(i -> i.meeting().id().equals(SURVIVOR)));
        assertTrue(result.entities().items().keySet().stream().allMatch(id -> id.startsWith(SURVIVOR + "#")),
                "no entities of the files left out");
        assertTrue(result.people().timeline().all().stream().allMatch(a -> a.evidence().meetingId().equals(SURVIVOR)),
                "no roles of the files left out");
        assertEquals(5, result.corpus().reports().size());
        assertEquals(4, result.corpus().reports().stream().filter(r -> r.status() == FileReport.Status.FAILED).count());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OpenArchive.printReports(result.corpus(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.matches("(?s).*FAILED   chefforum-2017-05-02\\.md *\n +error: stage nlp: IllegalStateException: tagger broke \\(injected\\)\n.*"), printed);
        assertTrue(printed.matches("(?s).*FAILED   chefforum-2023-05-10\\.txt *\n +error: stage entities: NullPointerException.*"), printed);
        assertTrue(printed.matches("(?s).*FAILED   chefforum-2024-01-17\\.md *\n +error: stage people: StringIndexOutOfBoundsException.*"), printed);
        assertTrue(printed.matches("(?s).*FAILED   chefforum-2024-02-14\\.txt *\n +error: stage index: IllegalArgumentException: immense term\n.*"), printed);
        assertTrue(printed.contains("ok       chefforum-2024-11-20.txt"), printed);
        assertFalse(printed.contains("not-in-this-corpus"), printed);
    }

    /** With a current index, the meetings its build left out stay out, and no stage works on them. */
    @Test
    void meetingsTheIndexLeftOutCostNoWorkAtTheNextStart() throws IOException {
        Corpus corpus = TestData.load(TestData.CORPUS);
        IsolatedStages.Stages real = IsolatedStages.Stages.of(TestData.pipeline(), NlpModels.load(TestData.MODELS),
                TestData.gazetteer());
        Set<String> annotated = new HashSet<>();
        Set<String> leftOutTexts = new HashSet<>();
        meeting(corpus, INDEX_VICTIM).items().forEach(i -> leftOutTexts.add(i.title()));
        IsolatedStages stages = new IsolatedStages(new IsolatedStages.Stages(text -> {
            annotated.add(text);
            return real.annotator().apply(text);
        }, real.entities(), real.people()));
        IsolatedStages.Result result = stages.analyse(corpus, Map.of(INDEX_VICTIM, "IllegalArgumentException: immense term"));
        assertTrue(result.corpus().meeting(INDEX_VICTIM).isEmpty());
        assertEquals(4, result.corpus().meetings().size());
        leftOutTexts.removeIf(t -> corpus.meetings().stream().filter(m -> !m.id().equals(INDEX_VICTIM))
                .anyMatch(m -> m.items().stream().anyMatch(i -> i.title().equals(t))));
        assertFalse(leftOutTexts.isEmpty());
        assertTrue(leftOutTexts.stream().noneMatch(annotated::contains), "the left-out meeting was not annotated");
    }

    /** A failure outside one meeting's work (across the archive) is not one file's fault: the run fails, as before. */
    @Test
    void aFailureOfTheWholeCorpusStillFails() throws IOException {
        Corpus corpus = TestData.load(TestData.CORPUS);
        IsolatedStages.Stages real = IsolatedStages.Stages.of(TestData.pipeline(), NlpModels.load(TestData.MODELS),
                TestData.gazetteer());
        IsolatedStages stages = new IsolatedStages(new IsolatedStages.Stages(real.annotator(), (a, f) -> {
            throw new IllegalStateException("resolver broke (injected)");
        }, real.people()));
        assertEquals("resolver broke (injected)",
                assertThrows(IllegalStateException.class, () -> stages.analyse(corpus, Map.of())).getMessage());
    }
}
