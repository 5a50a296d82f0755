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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questions over two made-up archives' minutes (fixtures/qa, see its README): header facts quoted from the header
 * with the header line as evidence, the meeting chosen by the municipality, body and date the question names, and
 * answers of the types the question words ask for, never a name the question itself gives.
 */
class MadeUpMinutesQaTest {

    private static final String SOEHOLM = "soeholm-byraadet-2021-03-12";
    private static final String BAKKEBY = "bakkeby-oekonomiudvalget-2022-06-03";

    @TempDir
    static Path tmp;
    private static OpenArchive archive;

    @BeforeAll
    static void open() throws IOException {
        Path corpus = TestData.corpusOf(tmp.resolve("corpus"), TestData.SOEHOLM,
                TestData.BAKKEBY);
        archive = TestData.openArchive(corpus, tmp.resolve("index"), false);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    /** Header facts: the answer as the header writes it, the header line as evidence (item 0). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hvor holdt Søholm Byråd møde den 12. marts 2021?|PLACE|Rådhussalen, Torvet 3, Søholm|" + SOEHOLM + "|Mødested:",
            "Hvor blev Bakkebys Økonomiudvalgs møde i juni 2022 holdt?|PLACE|Mødelokale 2, Bakkeby Rådhus|" + BAKKEBY + "|Mødested:",
            "Hvem var fraværende ved Søholm Byråds møde i marts 2021?|PERSON|Dorte Friis (F), Erik Lind (V)|" + SOEHOLM + "|Fraværende:",
            "Hvem havde meldt afbud til Bakkeby Økonomiudvalg den 3. juni 2022?|PERSON|Jette Moos (A)|" + BAKKEBY + "|Afbud:",
            "Hvem var stedfortræder for Dorte Friis i Søholm Byråd i marts 2021?|PERSON|Gitte Lund (F)|" + SOEHOLM + "|Stedfortrædere:",
            "Hvem var formand for Byrådet i Søholm i 2021?|PERSON|Anna Holm (A)|" + SOEHOLM + "|Medlemmer:",
            "Hvem var næstformand for Søholm Byråd?|PERSON|Bo Riis (V)|" + SOEHOLM + "|Medlemmer:",
            "Hvem var referent på Søholm Byråds møde?|PERSON|Hanne Bæk|" + SOEHOLM + "|Referent:",
            "Hvornår sluttede Søholm Byråds møde den 12. marts 2021?|DATE|kl. 19:40|" + SOEHOLM + "|Sluttidspunkt:",
            "Hvad tid startede Bakkeby Økonomiudvalgs møde den 3. juni 2022?|DATE|kl. 15:00|" + BAKKEBY + "|Mødedato:",
            "Hvilken dato holdt Bakkebys Økonomiudvalg møde i juni 2022?|DATE|2022-06-03|" + BAKKEBY + "|Mødedato:",
            "Hvem var inhabil ved Søholm Byråds møde i marts 2021?|PERSON|Carl Dam (C)|" + SOEHOLM + "|inhabil"})
    void headerFacts(String question, String type, String expected, String meeting, String line) {
        Answer a = archive.answerer().ask(question);
        assertEquals(AnswerType.valueOf(type), a.answerType(), question + " -> " + a.answer());
        assertTrue(a.answer().contains(expected), question + " -> " + a.answer());
        Answer.Evidence e = a.evidence().get(0);
        assertEquals(meeting, e.meetingId(), question);
        assertEquals(0, e.item(), question);
        assertTrue(e.text().contains(line), question + " cites " + e.text());
        if (a.answerType() == AnswerType.PERSON || a.answerType() == AnswerType.PLACE) {
            assertTrue(e.text().contains(expected.replaceAll(" \\(.*", "")), question + " cites " + e.text());
        }
    }

    /** Sentence answers of the type the question words ask for, cut from the sentence that says it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hvem indstiller, at anlægsbevillingen til børnehaven i Lilleskov gives?|ROLE|By- og miljødirektøren|" + SOEHOLM + "|2",
            "Hvem indstiller, at grunden ved Mosevej sælges?|ROLE|Økonomidirektøren|" + SOEHOLM + "|3",
            "Hvor skal den nye børnehave i Søholm ligge?|PLACE|ved Engvej i Lilleskov|" + SOEHOLM + "|2",
            "Hvor mange børn får børnehaven i Lilleskov plads til?|COUNT|60 børn|" + SOEHOLM + "|2",
            "Hvad er anlægsudgiften til børnehaven i Lilleskov?|AMOUNT|14,5 mio. kr.|" + SOEHOLM + "|2",
            "Hvilket boligselskab har budt på grunden ved Mosevej?|OTHER|Søholm Boligselskab|" + SOEHOLM + "|3",
            "Hvilken forbrugsprocent havde Bakkeby Økonomiudvalg ved udgangen af april 2022?|PERCENT|38 %|" + BAKKEBY + "|1",
            "Hvor mange procent var forbrugsprocenten i Bakkeby ved udgangen af april?|PERCENT|38 %|" + BAKKEBY + "|1",
            "Hvorfor skal taget på Bakkeby Skole renoveres i sommerferien?|REASON|eleverne så ikke er på skolen|" + BAKKEBY + "|2"})
    void typedAnswers(String question, String type, String expected, String meeting, int item) {
        Answer a = archive.answerer().ask(question);
        assertEquals(AnswerType.valueOf(type), a.answerType(), question + " -> " + a.answer());
        assertTrue(a.answer().contains(expected), question + " -> " + a.answer());
        assertEquals(meeting, a.evidence().get(0).meetingId(), question);
        assertEquals(item, a.evidence().get(0).item(), question);
    }

    @Test
    void theNumberOfItemsIsCountedAndCitedByTheirTitles() {
        Answer a = archive.answerer().ask("Hvor mange punkter var der på dagsordenen på Bakkeby Økonomiudvalgs møde den 3. juni 2022?");
        assertEquals(AnswerType.COUNT, a.answerType(), a.answer());
        assertEquals("2 punkter", a.answer());
        assertEquals(List.of(1, 2), a.evidence().stream().map(Answer.Evidence::item).toList());
        assertEquals("Nyt tag på Bakkeby Skole", a.evidence().get(1).text());
        // no closed item seen: the archive does not say there were none
        assertEquals(null, archive.answerer().ask("Hvor mange lukkede punkter var der på Bakkeby Økonomiudvalgs møde den 3. juni 2022?").answer());
    }

    @Test
    void theSubstituteForSomeoneTheHeaderDoesNotNameIsNotTheHeadersSubstitute() {
        // Gitte Lund stood in for Dorte Friis; nobody in this header stood in for Karl Brun
        Answer a = archive.answerer().ask("Hvem mødte i stedet for Karl Brun på Søholm Byråds møde i marts 2021?");
        assertFalse(a.answer() != null && a.answer().contains("Gitte Lund"), a.answer());
        assertTrue(archive.answerer().ask("Hvem mødte i stedet for Dorte Friis på Søholm Byråds møde i marts 2021?")
                .answer().contains("Gitte Lund"));
        // asked other ways: called in for, replaced
        assertTrue(archive.answerer().ask("Hvem blev kaldt ind for Dorte Friis til Søholm Byråds møde i marts 2021?")
                .answer().contains("Gitte Lund"));
        assertTrue(archive.answerer().ask("Hvem erstattede Dorte Friis i Søholm Byråd den 12. marts 2021?")
                .answer().contains("Gitte Lund"));
    }

    @Test
    void neverTheNameTheQuestionGives() {
        // Regression: the extractor returned the genitive of a name the question itself gave ("Bo Holms" for "… under Bo Holms orlov?")
        Answer a = archive.answerer().ask("Hvem deltog i stedet for Dorte Friis på Søholm Byråds møde?");
        assertFalse(a.answer().contains("Dorte Friis"), a.answer());
        assertTrue(a.answer().contains("Gitte Lund"), a.answer());
    }

    @Test
    void theMeetingTheQuestionNamesWinsOverTheWords() {
        // Both meetings record an absence; the municipality and date decide which one is asked about.
        Answer soeholm = archive.answerer().ask("Hvem var fraværende ved Søholm Byråds møde den 12. marts 2021?");
        Answer bakkeby = archive.answerer().ask("Hvem var fraværende ved Bakkeby Økonomiudvalgs møde den 3. juni 2022?");
        assertEquals(SOEHOLM, soeholm.evidence().get(0).meetingId());
        assertEquals(BAKKEBY, bakkeby.evidence().get(0).meetingId());
    }

    @Test
    void aMeetingOfAnotherDayIsNotAnsweredFor() {
        // No meeting of Søholm Byråd on 1 April 2021: its header must not answer for one.
        Answer a = archive.answerer().ask("Hvor holdt Søholm Byråd møde den 1. april 2021?");
        assertTrue(a.answer() == null || a.evidence().isEmpty() || a.evidence().get(0).item() != 0,
                a.answer() + " " + a.evidence());
    }
}
