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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questions over minutes that are not in the corpus (committee minutes in another layout, and Chefforum minutes with
 * new names): the mechanisms must answer them as they answer the corpus.
 */
class OtherMinutesTest {

    @TempDir
    static Path tmp;
    private static OpenArchive archive;

    @BeforeAll
    static void open() throws IOException {
        Path corpus = TestData.corpusOf(tmp.resolve("corpus"), "fixtures/layouts/udvalg.txt",
                "fixtures/people/chefforum-a.txt", "fixtures/people/chefforum-b.txt");
        archive = TestData.openArchive(corpus, tmp.resolve("index"), false);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hvor stort er overskuddet i regnskab 2019?|AMOUNT|12,5 mio. kr.|oekonomiudvalget-2020-06-24|2",
            "Hvad blev besluttet om regnskab 2019?|DECISION|Anbefales.|oekonomiudvalget-2020-06-24|2",
            "Hvem er referenceleder for netværket Grøn omstilling?|PERSON|Ole Lund|chefforum-2025-06-11|1",
            "Hvornår starter den nye skolechef?|DATE|1. marts 2025|chefforum-2025-01-15|1",
            "Hvem præsenterede netværkets resultater?|PERSON|Ole Lund|chefforum-2025-01-15|1",
            "Hvem er kommunaldirektør?|PERSON|Jonas Vestergaard|chefforum-2025-06-11|0"})
    void answersWithTheirSource(String question, String type, String expected, String meetingId, int item) {
        Answer a = archive.answerer().ask(question);
        assertEquals(AnswerType.valueOf(type), a.answerType(), question + " -> " + a.answer());
        assertTrue(a.answer().contains(expected), question + " -> " + a.answer());
        assertEquals(meetingId, a.evidence().get(0).meetingId());
        assertEquals(item, a.evidence().get(0).item());
    }

    @ParameterizedTest
    @CsvSource({"Hvem leder netværket om klimatilpasning?", "Hvad besluttede Økonomiudvalget om cykelstier?"})
    void saysWhenTheMinutesDoNotKnow(String question) {
        Answer a = archive.answerer().ask(question);
        assertEquals(AnswerType.NONE, a.answerType(), question + " -> " + a.answer());
        assertNull(a.answer());
    }
}
