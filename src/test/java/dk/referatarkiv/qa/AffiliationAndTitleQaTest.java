package dk.referatarkiv.qa;

import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A question about who of those absent (or present) represented an organisation is answered with the participants the
 * header lists with that organisation beside their name, not widened to the names written next to them; without one,
 * with all of them. The Åby minutes (fixtures/qa) list the absent in one line, separated by commas, each with a party
 * or an organisation in brackets.
 * <p>
 * Of two persons near the question's words, the one next to the word itself is the answer, not the one next to a
 * compound that only ends in it: "projektleder Lars Holt og daglig leder Mona Krag" in the same minutes.
 */
class AffiliationAndTitleQaTest {

    @TempDir
    static Path tmp;
    private static OpenArchive archive;

    @BeforeAll
    static void open() throws IOException {
        archive = TestData.openArchive(TestData.corpusOf(tmp.resolve("corpus"), TestData.AABY), tmp.resolve("index"), false);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hvem fra Husflidsforeningen havde meldt afbud til Folkeoplysningsudvalget?|Susanne Vind (Husflidsforeningen)",
            "Hvem fra Idrætssamvirket havde meldt afbud til mødet i marts 2022?|Peter Holm (Idrætssamvirket)",
            "Hvem havde meldt afbud til Folkeoplysningsudvalgets møde?|Mette Lind (F), Peter Holm (Idrætssamvirket), Susanne Vind (Husflidsforeningen)"})
    void theAbsentWhoseOrganisationTheQuestionNames(String question, String expected) {
        Answer a = archive.answerer().ask(question);
        assertEquals(AnswerType.PERSON, a.answerType(), question + " -> " + a.answer());
        assertEquals(expected, a.answer(), question + " cites " + a.evidence());
        assertEquals(0, a.evidence().get(0).item(), "the header is cited: " + a.evidence());
    }

    @Test
    void theTitleAsWrittenBeatsACompoundEndingInIt() {
        Answer a = archive.answerer().ask("Hvem er Åby Idrætsparks daglige leder?");
        assertEquals(AnswerType.PERSON, a.answerType(), String.valueOf(a.answer()));
        assertTrue(a.answer().endsWith("Mona Krag"), a.answer());
        Answer b = archive.answerer().ask("Hvem er projektleder i Åby Idrætspark?");
        assertTrue(b.answer().endsWith("Lars Holt"), String.valueOf(b.answer()));
    }

    /**
     * A question for who held a post is answered only by a sentence (or header line) that names the post: the names
     * of the meeting the question points to, written without it, do not say who chaired or directed anything.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hvem var formand for Folkeoplysningsudvalget i Åby i marts 2022?",
            "Hvem var kommunaldirektør i Åby Kommune i marts 2022?",
            "Hvem var direktør for Åby Idrætspark i marts 2022?"})
    void aPostTheMinutesDoNotNameIsNotAnswered(String question) {
        Answer a = archive.answerer().ask(question);
        assertEquals(AnswerType.NONE, a.answerType(), question + " -> " + a.answer() + " from " + a.evidence());
    }

    @Test
    void alsoWhenTheWholeWordIsAFewCharactersFarther() {
        // "daglig leder, Mona Krag, og projektleder Lars Holt": the comma puts Mona Krag one character farther
        Answer a = archive.answerer().ask("Hvem er svømmehallens daglige leder?");
        assertEquals(AnswerType.PERSON, a.answerType(), String.valueOf(a.answer()));
        assertTrue(a.answer().endsWith("Mona Krag"), a.answer());
    }
}
