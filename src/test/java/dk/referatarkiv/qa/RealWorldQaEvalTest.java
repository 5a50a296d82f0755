package dk.referatarkiv.qa;

import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.eval.QaEvaluator;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real-world development questions ({@code ../shared/realworld/questions.tsv}, 336 questions over the 68
 * development minutes asked of one archive holding them all), scored as the judges do, must not drop below the
 * floors {@code qa.realworld.*} of {@code eval/expected-metrics.properties}: answer+citation overall and by type, and
 * NONE precision. The floors are in-sample: the mechanisms were developed looking at these questions' failures, so
 * they guard against regressions and say nothing about unseen archives (the grouped cross-validation of
 * {@code eval --cv} does). Our own unanswerable questions over the same minutes
 * ({@code eval/realworld-unanswerable.tsv}) must be answered "no answer" at least as often as
 * {@code qa.realworld.unanswerable.refused} says. Skipped when {@code ../shared/realworld} is absent.
 */
class RealWorldQaEvalTest {

    private static final Path QUESTIONS = TestData.REALWORLD.resolve("questions.tsv");
    private static final Path CORPUS = TestData.REALWORLD.resolve("corpus");
    private static final List<String> TYPES = List.of("AMOUNT", "COUNT", "DATE", "DECISION", "NONE", "OTHER", "PERSON",
            "PLACE", "ROLE");

    @TempDir
    static Path tmp;
    private static OpenArchive archive;

    @BeforeAll
    static void open() throws IOException {
        if (Files.isRegularFile(QUESTIONS) && Files.isDirectory(CORPUS)) {
            archive = TestData.openArchive(CORPUS, tmp.resolve("index"), false);
        }
    }

    @AfterAll
    static void close() throws IOException {
        if (archive != null) {
            archive.close();
        }
    }

    @Test
    void meetsTheFloors() throws IOException {
        Assumptions.assumeTrue(archive != null, "no real-world questions and corpus under " + TestData.REALWORLD + "; skipping");
        List<QaEvaluator.Case> cases = QaEvaluator.read(QUESTIONS);
        assertEquals(QaEvaluator.Format.REAL_WORLD, QaEvaluator.format(QUESTIONS));
        List<QaEvaluator.Outcome> outcomes = QaEvaluator.evaluate(cases, archive.answerer()::ask);
        Properties floors = TestData.floors();
        String table = QaEvaluator.table(outcomes);
        assertAtLeast(QaEvaluator.answerAndCitation(outcomes), floors, "qa.realworld.answer_citation", table);
        for (String type : TYPES) {
            assertAtLeast(QaEvaluator.answerAndCitation(outcomes, type), floors,
                    "qa.realworld.answer_citation." + type.toLowerCase(java.util.Locale.ROOT), table);
        }
        assertAtLeast(QaEvaluator.nonePrecision(outcomes), floors, "qa.realworld.none_precision", table);
    }

    @Test
    void refusesOurUnanswerableQuestions() throws IOException {
        Assumptions.assumeTrue(archive != null, "no real-world corpus under " + TestData.REALWORLD + "; skipping");
        Path unanswerable = TestData.resource("eval/realworld-unanswerable.tsv");
        List<QaEvaluator.Case> cases = QaEvaluator.read(unanswerable);
        assertTrue(cases.size() >= 100 && cases.stream().allMatch(c -> c.type().equals("NONE")), "one NONE question per row");
        List<QaEvaluator.Outcome> outcomes = QaEvaluator.evaluate(cases, archive.answerer()::ask);
        assertAtLeast(QaEvaluator.answerAndCitation(outcomes), TestData.floors(), "qa.realworld.unanswerable.refused",
                QaEvaluator.table(outcomes));
    }

    private static void assertAtLeast(double measured, Properties floors, String key, String table) {
        String floor = floors.getProperty(key);
        assertTrue(floor != null, "no floor " + key + " in eval/expected-metrics.properties");
        assertTrue(measured >= Double.parseDouble(floor), key + " " + measured + " is below its floor " + floor + "\n" + table);
    }
}
