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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A party the question names chooses between sentences that say the same of different parties: the Lindby minutes
 * (fixtures/qa) name two new members of a council in two sentences alike but for the list ("Liste A peger på …",
 * "Liste V peger på …").
 */
class PartyQuestionsQaTest {

    @TempDir
    static Path tmp;
    private static OpenArchive archive;

    @BeforeAll
    static void open() throws IOException {
        archive = TestData.openArchive(TestData.corpusOf(tmp.resolve("corpus"), TestData.LINDBY), tmp.resolve("index"), false);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hvem pegede liste V på som medlem af Kulturrådet?|Kim Sand|Liste V",
            "Hvem pegede Venstre på til Kulturrådet i Lindby?|Kim Sand|Liste V",
            "Hvem pegede liste A på som medlem af Kulturrådet?|Pia Lykke|Liste A",
            "Hvem pegede Socialdemokratiet på til Kulturrådet?|Pia Lykke|Liste A"})
    void theSentenceOfThePartyAsked(String question, String expected, String cited) {
        Answer a = archive.answerer().ask(question);
        assertEquals(AnswerType.PERSON, a.answerType(), question + " -> " + a.answer());
        assertEquals(expected, a.answer(), question);
        assertTrue(a.evidence().get(0).text().contains(cited), question + " cites " + a.evidence().get(0).text());
    }
}
