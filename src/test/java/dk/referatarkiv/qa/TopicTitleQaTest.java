package dk.referatarkiv.qa;

import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An item's title names what the item is about, not what was chosen or decided in it: offered as the whole answer it
 * must add a number or a name to the question, unless the question asks for the item itself. A question for a party
 * is answered only by a text that names one, and one for an amount only by a number of the text's own (not a date's,
 * a year or the article "et"), and one for when something was held by the meeting's date only when it is about the
 * meeting. The Nørrevig minutes (fixtures/qa) have titles of each kind, a sentence about the
 * question's matter with only a date in it, and list their members without parties.
 */
class TopicTitleQaTest {

    @TempDir
    static Path tmp;
    private static OpenArchive archive;

    @BeforeAll
    static void open() throws IOException {
        archive = TestData.openArchive(TestData.corpusOf(tmp.resolve("corpus"), TestData.NOERREVIG), tmp.resolve("index"), false);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Hvilken belægning valgte Teknisk Udvalg i Nørrevig til torvet i maj 2025?",
            "Hvilket parti er Karen Bille valgt for i Teknisk Udvalg i Nørrevig i maj 2025?",
            "Hvad forventes reparationen af broen at koste ifølge Teknisk Udvalg i Nørrevig i maj 2025?",
            "Hvornår blev valget til Seniorrådet i Nørrevig holdt i 2025?"})
    void aTitleThatOnlyNamesTheTopicAListWithoutPartiesOrADateIsNoAnswer(String question) {
        Answer a = archive.answerer().ask(question);
        assertEquals(AnswerType.NONE, a.answerType(), question + " -> " + a.answer() + " from " + a.evidence());
    }

    @Test
    void aTitleAnswersWithTheNumberItAdds() {
        Answer a = archive.answerer().ask("Hvilket nummer havde trafiktællingen for Østergade i Nørrevig i maj 2025?");
        assertEquals("Trafiktælling nr. 4 - Østergade", a.answer(), String.valueOf(a.evidence()));
        assertEquals(4, a.evidence().get(0).item());
        assertEquals("Titel", a.evidence().get(0).section());
    }

    @Test
    void aQuestionForAnItemIsAnsweredByItsTitle() {
        Answer a = archive.answerer().ask("Hvilken lukket sag handlede om salg på Teknisk Udvalgs møde i Nørrevig i maj 2025?");
        assertNotEquals(AnswerType.NONE, a.answerType(), String.valueOf(a.evidence()));
        assertTrue(a.answer().contains("Salg af grund"), a.answer());
        assertEquals(5, a.evidence().get(0).item());
    }
}
