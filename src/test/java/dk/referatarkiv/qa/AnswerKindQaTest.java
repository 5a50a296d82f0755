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
 * "hvilken" names the kind of answer ("hvilket regulativ" – "Parkeringsregulativ", "hvilken periode" – "2024-2032"),
 * the words for the meeting a dated question names point at that meeting, and a date the question gives is not taken
 * for a different date that contains it ("1. februar 2024" in "21. februar 2024"). What the minutes do not say stays
 * unanswered. Strong verbs match in any tense, also behind a particle ("udgik" – "udgår"). A person's title before the
 * name stays in the answer ("Borgmester …"); "side 3 af 7" counts 7 pages. "Hvilket punkt" is answered by the item
 * itself when its sentence names none.
 */
class AnswerKindQaTest {

    private static final String RAVNSOE = "ravnsoe-byraadet-2024-02-21";

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
            // regression: a date inside the meeting's date ("1. februar 2024" in "21. februar 2024") was taken as
            // named by the question and never answered
            "Fra hvilken dato gjaldt den nye takst for madudbringning, som Ravnsø Byråd behandlede 21. februar 2024?|DATE|1. februar 2024|2",
            "Hvilket regulativ skulle Ravnsø Byråd vedtage på mødet den 21. februar 2024?|OTHER|Parkeringsregulativ|3",
            "Hvilken periode dækker cykelplanen, som Ravnsø Byråd behandlede den 21. februar 2024?|DATE|2024-2032|4",
            // a strong verb in another tense: "udgik" is "udgår"
            "Hvilket punkt udgik på Ravnsø Byråds møde den 21. februar 2024?|OTHER|Punkt 6|1",
            // regression: two Beslutning blocks of one item are each counted from 0, and the first block's names
            // were taken as the second block's sentence's ("Rita Berg")
            "Hvem foreslog at udsætte valget til Ungdomsrådet i Ravnsø?|PERSON|Ole Vind|5",
            // the date by the question's verb, not the one nearest its other words
            "Hvornår anbefalede Ældreudvalget i Ravnsø, at taksten for madudbringning forhøjes?|DATE|10. januar 2024|2",
            // "hvorfor" prefers the sentence that gives the cause
            "Hvorfor holder Ravnsø Bibliotek lukket i juli?|REASON|udskiftning af gulvene|7",
            // a person's title written before the name stays with it
            "Hvem ønsker en ny mødeplan for Ravnsø Byråd?|PERSON|Borgmester Lone Vang|8",
            // "side 3 af 7": the total is the count of pages, not the page
            "Hvor mange sider har notatet om den nye mødeplan i Ravnsø?|COUNT|7|8",
            // "hvilket punkt" answered by a sentence that names no item: the item it stands in, by number and title
            "Hvilket punkt blev sendt tilbage til forvaltningen på Ravnsø Byråds møde den 21. februar 2024?|OTHER|Punkt 9: Renovering af svømmehallens tag|9",
            // the page count of the minutes, from their page labels, cited from the header (item 0)
            "Hvor mange sider er referatet fra Ravnsø Byråds møde den 21. februar 2024 på?|COUNT|3 sider|0",
            // ... but a sentence that itself speaks of a point answers with its own words
            "Hvilket punkt skal tilføjes på vedligeholdslisten for svømmehallen i Ravnsø?|OTHER|tagrender|9"})
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
            "Hvilken periode dækker trafikplanen, som Ravnsø Byråd behandlede den 21. februar 2024?",
            "Hvilken strategi for fritidshavne skulle Ravnsø Byråd vedtage på mødet den 21. februar 2024?",
            "Hvad koster den nye svømmehal i Ravnsø?",
            // a sentence of the named meeting without a number is no answer to "hvor meget"
            "Hvor meget koster parkeringsregulativet, som Ravnsø Byråd vedtog den 21. februar 2024?"})
    void refusesWhatTheMinutesDoNotSay(String question) {
        Answer a = archive.answerer().ask(question);
        assertNull(a.answer(), question + " -> " + a.answer());
    }
}
