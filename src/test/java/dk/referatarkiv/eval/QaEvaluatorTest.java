package dk.referatarkiv.eval;

import dk.referatarkiv.qa.Answer;
import dk.referatarkiv.qa.AnswerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both question-file formats, and the real-world rules: normalised containment, half the evidence words, NONE. */
class QaEvaluatorTest {

    private static final String REAL_WORLD_HEADER = "id\tfile\tquestion\texpected_answer\tanswer_type\tevidence\n";

    @TempDir
    Path tmp;

    @Test
    void readsTheRealWorldFormat() throws IOException {
        Path tsv = Files.writeString(tmp.resolve("q.tsv"), REAL_WORLD_HEADER
                + "X1\t001.txt\tHvor mødtes Byrådet?\tRådssalen\tPLACE\tMødested: Rådssalen, Torvet 1\n"
                + "X2\t001.txt\tHvem blev valgt til Ældrerådet?\t\tNONE\t\n");
        assertEquals(QaEvaluator.Format.REAL_WORLD, QaEvaluator.format(tsv));
        List<QaEvaluator.Case> cases = QaEvaluator.read(tsv);
        assertEquals(2, cases.size());
        assertEquals("PLACE", cases.get(0).type());
        assertEquals(List.of("Rådssalen"), cases.get(0).answers());
        assertEquals("Mødested: Rådssalen, Torvet 1", cases.get(0).evidence());
        assertEquals("001.txt", cases.get(0).file());
        assertEquals(List.of(), cases.get(1).answers());
    }

    @Test
    void aRealWorldQuestionWithoutEvidenceNamesTheLine() throws IOException {
        Path tsv = Files.writeString(tmp.resolve("q.tsv"), REAL_WORLD_HEADER + "X1\t001.txt\tHvor?\tRådssalen\tPLACE\t\n");
        IOException e = assertThrows(IOException.class, () -> QaEvaluator.read(tsv));
        assertTrue(e.getMessage().contains("q.tsv:2"), e.getMessage());
    }

    @Test
    void theDevelopmentFormatIsToldApartByItsHeader() throws IOException {
        Path tsv = Files.writeString(tmp.resolve("d.tsv"), "id\tquestion\ttype\texpected_answer\texpected_items\tnotes\n"
                + "d1\tHvem?\tPERSON\tAnne Hansen|A. Hansen\t2024-01-17#3\t\n");
        assertEquals(QaEvaluator.Format.DEVELOPMENT, QaEvaluator.format(tsv));
        QaEvaluator.Case c = QaEvaluator.read(tsv).get(0);
        assertEquals(List.of("Anne Hansen", "A. Hansen"), c.answers());
        assertTrue(QaEvaluator.judge(c, answer("Anne Hansen", "noget helt andet", LocalDate.of(2024, 1, 17), 3)).citationRight());
    }

    @Test
    void normalisesCaseAmpersandSpacesAndPunctuation() {
        assertEquals("økonomiogstab", QaEvaluator.normalise("Økonomi & Stab"));
        assertEquals("kl1930", QaEvaluator.normalise("kl. 19:30"));
        assertEquals("grønnestier2", QaEvaluator.normalise("»Grønne Stier 2«"));
    }

    @Test
    void rightWhenTheNormalisedAnswerContainsTheExpectedOne() {
        QaEvaluator.Case c = realWorld("PLACE", "Det gamle Bibliotek, Nørregade 12B",
                "Mødested: Det gamle Bibliotek, Nørregade 12B, Sønderby");
        QaEvaluator.Outcome ok = QaEvaluator.judge(c, answer("det gamle bibliotek nørregade 12b (Sønderby)",
                "Mødested: Det gamle Bibliotek, Nørregade 12B", null, 0));
        assertTrue(ok.answerRight());
        assertTrue(ok.citationRight());
        QaEvaluator.Outcome partial = QaEvaluator.judge(c, answer("Den gamle Smedje", "Mødested: Den gamle Smedje", null, 0));
        assertFalse(partial.answerRight(), "a part of the expected answer is not the answer");
    }

    @Test
    void citedWhenAnEvidenceTextHoldsHalfTheQuotesWords() {
        // the quote has 8 distinct words: mødested det gamle bibliotek nørregade 12b 4000 sønderby
        QaEvaluator.Case c = realWorld("PLACE", "Bibliotek", "Mødested: Det gamle Bibliotek, Nørregade 12B, 4000 Sønderby");
        assertTrue(QaEvaluator.judge(c, answer("Bibliotek", "det gamle bibliotek, Nørregade", null, 0)).citationRight(), "4 of 8");
        assertFalse(QaEvaluator.judge(c, answer("Bibliotek", "gamle bibliotek nørregade", null, 0)).citationRight(), "3 of 8");
    }

    @Test
    void aNoneQuestionIsRightOnlyWithoutAnAnswer() {
        QaEvaluator.Case none = new QaEvaluator.Case("X", "Hvem?", "NONE", List.of(), java.util.Set.of(), "", "001.txt");
        QaEvaluator.Outcome refused = QaEvaluator.judge(none, Answer.none("Hvem?", List.of()));
        assertTrue(refused.answerRight() && refused.citationRight());
        assertFalse(QaEvaluator.judge(none, answer("Anne Hansen", "Anne Hansen", null, 0)).answerRight());
    }

    @Test
    void nonePrecisionCountsTheNullAnswersThatAreNoneQuestions() {
        QaEvaluator.Case none = new QaEvaluator.Case("X", "Hvem?", "NONE", List.of(), java.util.Set.of(), "", "001.txt");
        QaEvaluator.Case place = realWorld("PLACE", "Rådssalen", "Mødested: Rådssalen");
        List<QaEvaluator.Outcome> outcomes = List.of(QaEvaluator.judge(none, Answer.none("Hvem?", List.of())),
                QaEvaluator.judge(place, Answer.none("Hvor?", List.of())),
                QaEvaluator.judge(place, answer("Rådssalen", "Mødested: Rådssalen", null, 0)));
        assertEquals(0.5, QaEvaluator.nonePrecision(outcomes), 1e-9);
        assertEquals(2 / 3.0, QaEvaluator.answerAndCitation(outcomes), 1e-9);
        assertTrue(QaEvaluator.table(outcomes).contains("NONE precision: 0.500 (1 of 2"), QaEvaluator.table(outcomes));
    }

    private static QaEvaluator.Case realWorld(String type, String expected, String evidence) {
        return new QaEvaluator.Case("X", "?", type, List.of(expected), java.util.Set.of(), evidence, "001.txt");
    }

    private static Answer answer(String text, String evidence, LocalDate date, int item) {
        return new Answer("?", AnswerType.OTHER, text, 0.9,
                List.of(new Answer.Evidence("m", date, item, "", "", evidence, 0, evidence.length())), List.of());
    }
}
