package dk.referatarkiv.qa;

import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questions answered from made-up minutes that leave things unsaid: their municipality (while the archive holds a
 * meeting of the municipality the question names), who the listed names are (said by the lines ending in colons
 * above them), and a name the question writes in the genitive.
 */
class UnstatedMeetingQaTest {

    private static final String UNSTATED = "teknik-og-miljoeudvalget-2023-05-04";

    @TempDir
    static Path tmp;
    private static OpenArchive archive;

    @BeforeAll
    static void open() throws IOException {
        Path corpus = TestData.corpusOf(tmp.resolve("corpus"), TestData.SOEHOLM, TestData.UNSTATED);
        archive = TestData.openArchive(corpus, tmp.resolve("index"), false);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    private static void answers(String question, AnswerType type, String expected, int item) {
        Answer a = AnsweredFrom.item(archive, question, type, UNSTATED, item);
        assertTrue(a.answer().contains(expected), question + " -> " + a.answer());
    }

    @Test
    void minutesThatDoNotNameTheirMunicipalityAreReadForAQuestionThatNamesOne() {
        // the Søholm meeting fits the municipality named; these minutes may be Søholm's too, and only they say it
        answers("Hvor stor er anlægsrammen for vejvedligehold i Søholm Kommune?", AnswerType.AMOUNT, "12 mio. kr.", 3);
    }

    @Test
    void namesUnderALabelUnderAnIntroductionAreWhatBothIntroduce() {
        answers("Hvem fra Ungdomsrådet har Teknik- og Miljøudvalget inviteret til workshoppen om cykelstier den 4. maj 2023?",
                AnswerType.PERSON, "Freja Holt, Malthe Krog og Sigrid Vang", 1);
    }

    @Test
    void aNameInTheGenitiveFindsItInTheNominative() {
        answers("Hvad bliver prisen på Lindbos nye klubhus?", AnswerType.AMOUNT, "6,4 mio. kr.", 2);
    }
}
