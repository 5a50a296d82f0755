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
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A question for an item's case number is answered with the number the minutes give it, cited from the item: the
 * Solby minutes (fixtures/facets) write each item's KLE number on its own line under the title, which the parser
 * keeps as the item's journal number rather than as text. An item the archive does not have gets no number.
 */
class CaseNumberQaTest {

    @TempDir
    static Path tmp;
    private static OpenArchive archive;

    @BeforeAll
    static void open() throws IOException {
        archive = TestData.openArchive(TestData.corpusOf(tmp.resolve("corpus"), "fixtures/facets/solby-2023-03-14.txt",
                "fixtures/facets/solby-2023-04-18.txt"), tmp.resolve("index"), false);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hvilket sagsnummer havde punktet om dagsordenens godkendelse i Solby Økonomiudvalg den 14. marts 2023?|00.01.00-A00-1-23|03-14|1",
            "Hvilket journalnummer har sagen om trafiksikkerhed på Skolevej?|05.01.00-G00-3-23|03-14|3",
            "Hvad var journalnummeret på Økonomiudvalgets sag om et nyt svømmeanlæg?|00.30.00-S00-2-23|03-14|2",
            "Hvilket sagsnr. havde punktet om et nyt svømmeanlæg?|00.30.00-S00-2-23|03-14|2",
            // the follow-up a month later is the same case, under the same number
            "Hvad er sagsnummeret for opfølgningen på svømmeanlægget?|00.30.00-S00-2-23|04-18|1"})
    void theItemsCaseNumberIsCitedFromTheItem(String question, String number, String meeting, int item) {
        Answer a = archive.answerer().ask(question);
        assertEquals(AnswerType.JOURNAL, a.answerType(), question + " -> " + a.answer());
        assertEquals(number, a.answer(), question + " cites " + a.evidence());
        Answer.Evidence cited = a.evidence().get(0);
        assertEquals("solby-oekonomiudvalget-2023-" + meeting, cited.meetingId(), question);
        assertEquals(item, cited.item(), question);
        assertEquals(number, cited.text(), question);
    }

    @Test
    void noNumberForAMatterTheArchiveDoesNotHave() {
        Answer a = archive.answerer().ask("Hvad er sagsnummeret for sagen om en ny skøjtehal?");
        assertEquals(AnswerType.NONE, a.answerType(), a.answer());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sagsnr.: 21/4711|21/4711",
            "J.nr. 2018-004567 Sagsbehandler: Mona Krag|2018-004567",
            "Sagsid.: 21/1234|21/1234",
            "Sagsnummer 00.01.00-G01-17-23.|00.01.00-G01-17-23",
            "Journalnr.:  SAG123-2020|SAG123-2020",
            "Sagsnummeret er 21/4711.|21/4711",
            "Sags-id: EMN-2019-01234|EMN-2019-01234"})
    void aCaseNumberAsAPublishingSystemLabelsIt(String text, String number) {
        Matcher m = SpanExtractor.CASE_NUMBER.matcher(text);
        assertTrue(m.find(), text);
        assertEquals(number, m.group("number"), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Sagsbehandler: Mona Krag", "Sagen afgøres i: Økonomiudvalget",
            "Tilskud til sagsnr.-systemet"})
    void noCaseNumberWhereNoneIsWritten(String text) {
        assertFalse(SpanExtractor.CASE_NUMBER.matcher(text).find(), text);
    }
}
