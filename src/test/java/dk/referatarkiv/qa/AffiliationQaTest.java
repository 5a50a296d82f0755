package dk.referatarkiv.qa;

import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A question about who of those absent (or present) represented an organisation is answered with the participants the
 * header lists with that organisation beside their name, not widened to the names written next to them; without one,
 * with all of them. The Åby minutes (fixtures/qa) list the absent in one line, separated by commas, each with a party
 * or an organisation in brackets.
 */
class AffiliationQaTest {

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
            "Hvem repræsenterede Aftenskoleforeningen og havde meldt afbud til Folkeoplysningsudvalget?|Susanne Vind (Aftenskoleforeningen)",
            "Hvem fra Idrætsrådet havde meldt afbud til mødet i marts 2022?|Peter Holm (Idrætsrådet)",
            "Hvem havde meldt afbud til Folkeoplysningsudvalgets møde?|Mette Lind (F), Peter Holm (Idrætsrådet), Susanne Vind (Aftenskoleforeningen)"})
    void theAbsentWhoseOrganisationTheQuestionNames(String question, String expected) {
        Answer a = archive.answerer().ask(question);
        assertEquals(AnswerType.PERSON, a.answerType(), question + " -> " + a.answer());
        assertEquals(expected, a.answer(), question + " cites " + a.evidence());
        assertEquals(0, a.evidence().get(0).item(), "the header is cited: " + a.evidence());
    }
}
