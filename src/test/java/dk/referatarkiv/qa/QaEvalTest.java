package dk.referatarkiv.qa;

import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.eval.QaEvaluator;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dev question set (../shared/eval/dev-questions.tsv) through the code path of /api/ask: answer+citation
 * accuracy must stay at or above 0.9; our paraphrase set over the bundled corpus at or above its floor; and questions
 * the archive cannot answer get NONE.
 */
class QaEvalTest {

    @TempDir
    Path tmp;

    @Test
    void devQuestions() throws IOException {
        try (OpenArchive archive = open()) {
            List<QaEvaluator.Outcome> outcomes = QaEvaluator.evaluate(
                    QaEvaluator.read(TestData.sharedEval("dev-questions.tsv")), archive.answerer()::ask);
            assertEquals(25, outcomes.size());
            double accuracy = QaEvaluator.answerAndCitation(outcomes);
            assertTrue(accuracy >= 0.9, QaEvaluator.table(outcomes) + outcomes.stream()
                    .filter(o -> !(o.answerRight() && o.citationRight())).map(o -> o.c().id() + " " + o.answer().answer()).toList());
        }
    }

    /**
     * Our paraphrase sets over the bundled corpus (eval/chefforum-paraphrases.tsv: the development questions asked
     * other ways, new questions and unanswerable ones; eval/chefforum-paraphrases-2.tsv: new questions of every form,
     * written later by someone who had seen neither the code nor the other sets; -3 and -4 likewise, written
     * 2026-11-24; -5 likewise, 2026-11-25, and kept unread as a blind measure) must stay at or above their floors.
     */
    @ParameterizedTest
    @CsvSource({"eval/chefforum-paraphrases.tsv, qa.paraphrases.answer_citation, 70",
            "eval/chefforum-paraphrases-2.tsv, qa.paraphrases2.answer_citation, 40",
            "eval/chefforum-paraphrases-3.tsv, qa.paraphrases3.answer_citation, 50",
            "eval/chefforum-paraphrases-4.tsv, qa.paraphrases4.answer_citation, 50",
            "eval/chefforum-paraphrases-5.tsv, qa.paraphrases5.answer_citation, 50"})
    void paraphrasedQuestions(String set, String key, int least) throws IOException {
        try (OpenArchive archive = open()) {
            List<QaEvaluator.Outcome> outcomes = QaEvaluator.evaluate(QaEvaluator.read(TestData.resource(set)),
                    archive.answerer()::ask);
            assertTrue(outcomes.size() >= least, outcomes.size() + " questions");
            double accuracy = QaEvaluator.answerAndCitation(outcomes);
            String floor = TestData.floors().getProperty(key);
            assertTrue(floor != null, "no floor " + key + " in eval/expected-metrics.properties");
            assertTrue(accuracy >= Double.parseDouble(floor), accuracy + " < " + floor + "\n" + QaEvaluator.table(outcomes));
        }
    }

    @Test
    void noGuessing() throws IOException {
        try (OpenArchive archive = open()) {
            for (String q : List.of("Hvem er borgmester?", "Hvornår blev den nye svømmehal åbnet?", "Hvor meget koster en ny skole?",
                    "Hvad besluttede Chefforum om cykelstier?", "Hvilke beslutninger vedrører budget 2031?", "budget",
                    "Hvornår starter den nye skolechef?")) {
                Answer a = archive.answerer().ask(q);
                assertEquals(AnswerType.NONE, a.answerType(), q + " -> " + a.answer());
            }
        }
    }

    @Test
    void aPeriodAsksAboutItsEndAndPastTenseAsksForTheMeeting() throws IOException {
        try (OpenArchive archive = open()) {
            // The 2017-05-02 minutes hand the role to Charlotte Kaaber Sørensen from 2 May; in April 2017 Ida Byrge Sørensen held it.
            assertAnswer(archive.answerer().ask(
                    "Hvem var referenceleder for Involvering af pårørende i ældreplejen i april 2017?"),
                    "Ida Byrge Sørensen", "2017-05-02#3");
            // No sentence dates the approval: the meeting that approved it does.
            assertAnswer(archive.answerer().ask("Hvornår blev handicappolitikken godkendt?"), "17. januar 2024", "2024-01-17#5");
        }
    }

    private static void assertAnswer(Answer a, String expected, String item) {
        assertTrue(a.answer().contains(expected), a.question() + " -> " + a.answer());
        assertTrue(a.evidence().stream().limit(3).anyMatch(e -> (e.meetingDate() + "#" + e.item()).equals(item)),
                a.question() + " cites " + a.evidence());
    }

    @Test
    void cachedAnswersFollowTheIndexGeneration() throws IOException {
        try (OpenArchive archive = open()) {
            Answer first = archive.answerer().ask("Hvem er kommunaldirektør?");
            assertTrue(first == archive.answerer().ask("hvem er kommunaldirektør"), "same normalised question: cached");
            archive.index().rebuild(dk.referatarkiv.nlp.AnnotatedCorpus.annotate(archive.corpus(), archive.pipeline()),
                    archive.entities());
            Answer again = archive.answerer().ask("Hvem er kommunaldirektør?");
            assertTrue(first != again, "a rebuild invalidates");
            assertEquals(first.answer(), again.answer());
        }
    }

    private OpenArchive open() throws IOException {
        return TestData.openArchive(TestData.CORPUS, tmp.resolve("index"), false);
    }
}
