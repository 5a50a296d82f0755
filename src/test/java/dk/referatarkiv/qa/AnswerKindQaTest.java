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
 * Questions whose words are not the answer sentence's words (made-up minutes, fixtures/qa): the noun after
 * "hvilken" names the kind of answer ("hvilken politik" – "Idrætspolitik", "hvilken periode" – "2023-2030"), the
 * words for the meeting a dated question names point at that meeting, and a date the question gives is not taken
 * for a different date that contains it ("1. maj 2023" in "11. maj 2023"). What the minutes do not say stays
 * unanswered. Strong verbs match in any tense, also behind a particle ("udgik" – "udgår"). A person's title before the
 * name stays in the answer ("Borgmester …"); "side 2 af 9" counts 9 pages. "Hvilket punkt" is answered by the item
 * itself when its sentence names none.
 */
class AnswerKindQaTest {

    private static final String RAVNSOE = "ravnsoe-byraadet-2023-05-11";

    @TempDir
    static Path tmp;
    private static OpenArchive archive;

    @BeforeAll
    static void open() throws IOException {
        Path corpus = TestData.corpusOf(tmp.resolve("corpus"), TestData.RAVNSOE,
                TestData.SOEHOLM);
        archive = TestData.openArchive(corpus, tmp.resolve("index"), false);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // regression: "1. maj 2023" was taken as named by "11. maj 2023" and never answered
            "Fra hvilken dato gjaldt den forlængede åbningstid i ungdomsklubben, som Ravnsø Byråd behandlede 11. maj 2023?|DATE|1. maj 2023|2",
            "Hvilken politik skulle Ravnsø Byråd godkende på mødet den 11. maj 2023?|OTHER|Idrætspolitik|3",
            "Hvilken periode dækker klimaplanen, som Ravnsø Byråd behandlede den 11. maj 2023?|DATE|2023-2030|4",
            // a strong verb in another tense: "udgik" is "udgår"
            "Hvilket punkt udgik af dagsordenen på Ravnsø Byråds møde den 11. maj 2023?|OTHER|Punkt 5|1",
            // regression: two Beslutning blocks of one item are each counted from 0, and the first block's names
            // were taken as the second block's sentence's ("Rita Berg")
            "Hvem foreslog at udsætte valget til Ungdomsrådet i Ravnsø?|PERSON|Ole Vind|5",
            // the date by the question's verb, not the one nearest its other words
            "Hvornår godkendte Børne- og ungeudvalget i Ravnsø, at ordningen i ungdomsklubben prøves i et år?|DATE|3. april 2023|2",
            // "hvorfor" prefers the sentence that gives the cause
            "Hvorfor ønskede Sara Kjær at udtræde af Ravnsø Byråd?|REASON|flytning til udlandet|6",
            // a person's title written before the name stays with it
            "Hvem anmoder om den nye fordeling af pladser i Økonomiudvalget i Ravnsø?|PERSON|Borgmester Lone Vang|7",
            // "side 2 af 9": the total is the count of pages, not the page
            "Hvor mange sider har notatet om den nye fordeling af pladser i Økonomiudvalget i Ravnsø?|COUNT|9|7",
            // "hvilket punkt" answered by a sentence that names no item: the item it stands in, by number and title
            "Hvilket punkt blev sendt tilbage til forvaltningen på Ravnsø Byråds møde den 11. maj 2023?|OTHER|Punkt 8: Renovering af svømmehallens tag|8",
            // the page count of the minutes, from their page labels, cited from the header (item 0)
            "Hvor mange sider er referatet fra Ravnsø Byråds møde den 11. maj 2023 på?|COUNT|2 sider|0",
            // ... but a sentence that itself speaks of a point answers with its own words
            "Hvilket punkt skal tilføjes på vedligeholdslisten for svømmehallen i Ravnsø?|OTHER|tagrender|8"})
    void answersTheKindTheQuestionNames(String question, String type, String expected, int item) {
        Answer a = archive.answerer().ask(question);
        assertEquals(AnswerType.valueOf(type), a.answerType(), question + " -> " + a.answer());
        assertTrue(a.answer().contains(expected), question + " -> " + a.answer());
        assertEquals(RAVNSOE, a.evidence().get(0).meetingId(), question);
        assertEquals(item, a.evidence().get(0).item(), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"gik|false|gå", "udgik|false|udgå", "udgår|false|udgå", "foreslog|false|foreslå",
            "udsat|true|udsætte", "valgte|false|vælge"})
    void readsStrongVerbsBehindAParticle(String form, boolean prefixOnly, String infinitive) {
        assertEquals(java.util.Optional.of(infinitive), ContentLemmas.irregular(form, prefixOnly));
    }

    @ParameterizedTest
    @CsvSource({"sang", "tog", "udvalg", "bestyrelse"})
    void leavesOtherWordsAlone(String word) {
        assertTrue(ContentLemmas.irregular(word, true).isEmpty(), word);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hvilken periode dækker trafikplanen, som Ravnsø Byråd behandlede den 11. maj 2023?",
            "Hvilken strategi for turisme skulle Ravnsø Byråd vedtage på mødet den 11. maj 2023?",
            "Hvad koster den nye svømmehal i Ravnsø?",
            // a sentence of the named meeting without a number is no answer to "hvor meget"
            "Hvor meget koster idrætspolitikken, som Ravnsø Byråd godkendte den 11. maj 2023?"})
    void refusesWhatTheMinutesDoNotSay(String question) {
        Answer a = archive.answerer().ask(question);
        assertNull(a.answer(), question + " -> " + a.answer());
    }
}
