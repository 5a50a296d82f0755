package dk.referatarkiv.cli;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.FileReport;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.nlp.DanishPipeline;
import dk.referatarkiv.nlp.NlpModels;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 10: an exception in any stage for one file leaves that file out and reports it; the others go on. */
class IsolatedStagesTest {

    private static final String NLP_VICTIM = "chefforum-2017-05-02.md";
    private static final String ENTITIES_VICTIM = "chefforum-2023-05-10";
    private static final String PEOPLE_VICTIM = "chefforum-2024-01-17";
    private static final String INDEX_VICTIM = "chefforum-2024-02-14";

    private final DanishPipeline pipeline = TestData.pipeline();

    private IsolatedStages.Stages failingFor(Corpus corpus) throws IOException {
        IsolatedStages.Stages real = IsolatedStages.Stages.of(pipeline, NlpModels.load(TestData.MODELS), TestData.gazetteer());
        java.util.Set<String> otherTitles = new java.util.HashSet<>();
        corpus.meetings().stream().filter(m -> !m.sourceFile().equals(NLP_VICTIM))
                .forEach(m -> m.items().forEach(i -> otherTitles.add(i.title())));
        String nlpVictimTitle = corpus.meetings().stream().filter(m -> m.sourceFile().equals(NLP_VICTIM)).findFirst()
                .orElseThrow().items().stream().map(i -> i.title()).filter(t -> !otherTitles.contains(t)).findFirst()
                .orElseThrow();
        Function<String, dk.referatarkiv.nlp.AnnotatedText> annotator = text -> {
            if (text.equals(nlpVictimTitle)) {
                throw new IllegalStateException("tagger broke (injected)");
            }
            return real.annotator().apply(text);
        };
        return new IsolatedStages.Stages(annotator,
                a -> {
                    throwFor(a, ENTITIES_VICTIM, "extractor broke (injected)");
                    return real.entities().apply(a);
                },
                (a, entities) -> {
                    throwFor(a, PEOPLE_VICTIM, null);
                    return real.people().apply(a, entities);
                });
    }

    private static void throwFor(AnnotatedCorpus annotated, String meetingId, String message) {
        if (annotated.corpus().meeting(meetingId).isPresent()) {
            throw new IllegalArgumentException(message);
        }
    }

    @Test
    void aFailingStageCostsOnlyItsFile() throws IOException {
        Corpus corpus = TestData.load(TestData.CORPUS);
        IsolatedStages stages = new IsolatedStages(failingFor(corpus));
        IsolatedStages.Result result = stages.analyse(corpus);
        result = stages.leftOutOfIndex(result, Map.of(INDEX_VICTIM, "IllegalArgumentException: immense term",
                "not-in-this-corpus", "ignored"));

        assertEquals(List.of("chefforum-2024-11-20"), result.corpus().meetings().stream().map(m -> m.id()).toList());
        assertEquals(List.of("chefforum-2024-11-20"), result.annotated().corpus().meetings().stream().map(m -> m.id()).toList());
        assertTrue(result.annotated().items().stream().allMatch(i -> i.meeting().id().equals("chefforum-2024-11-20")));
        assertTrue(result.entities().items().keySet().stream().allMatch(id -> id.startsWith("chefforum-2024-11-20#")),
                "entities extracted again without the files left out");
        assertEquals(5, result.corpus().reports().size());
        assertEquals(4, result.corpus().reports().stream().filter(r -> r.status() == FileReport.Status.FAILED).count());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OpenArchive.printReports(result.corpus(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.matches("(?s).*SKIPPED  chefforum-2017-05-02\\.md +stage nlp: IllegalStateException: tagger broke \\(injected\\)\n.*"), printed);
        assertTrue(printed.matches("(?s).*SKIPPED  chefforum-2023-05-10\\.txt +stage entities: IllegalArgumentException: extractor broke \\(injected\\)\n.*"), printed);
        assertTrue(printed.matches("(?s).*SKIPPED  chefforum-2024-01-17\\.md +stage people: IllegalArgumentException\n.*"), printed);
        assertTrue(printed.matches("(?s).*SKIPPED  chefforum-2024-02-14\\.txt +stage index: IllegalArgumentException: immense term\n.*"), printed);
        assertTrue(printed.contains("ok       chefforum-2024-11-20.txt"), printed);
        assertFalse(printed.contains("not-in-this-corpus"), printed);
    }

    /** A failure that no single file reproduces is not one file's fault: the run fails, as before. */
    @Test
    void aFailureOfTheWholeCorpusStillFails() throws IOException {
        Corpus corpus = TestData.load(TestData.CORPUS);
        IsolatedStages.Stages real = IsolatedStages.Stages.of(pipeline, NlpModels.load(TestData.MODELS), TestData.gazetteer());
        Function<AnnotatedCorpus, CorpusEntities> onlyTogether = a -> {
            if (a.corpus().meetings().size() > 1) {
                throw new IllegalStateException("only together (injected)");
            }
            return real.entities().apply(a);
        };
        IsolatedStages stages = new IsolatedStages(new IsolatedStages.Stages(real.annotator(), onlyTogether, real.people()));
        assertEquals("only together (injected)", assertThrows(IllegalStateException.class, () -> stages.analyse(corpus)).getMessage());
    }
}
