package dk.referatarkiv.qa;

import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up minutes (fixtures/qa) asked questions whose answers depend on how Danish minutes write things: a street
 * address that no preposition introduces, a person "ud over" one the question names, a town written with the word for
 * town after its name ("i Nørreby by"), whether something happens (a sentence repeating the question and the next one,
 * referring back), who does what a relative clause says ("Boligforeningen Engly, som ejer …"), who put a question
 * written under a label ending in a colon ("Spørgsmål fra Anne Krog:"), and which story, when the sentence with the
 * question's words asks it too ("… bestemt, hvilken fortælling der skal læses op"); why, which only a sentence
 * that gives a reason answers; where and how many, which a whole sentence answers only with a name or a number; and
 * who chairs a body, which another body's choice of a chair does not say; and the meeting held on the day a question
 * names, over a meeting of another day whose sentence covers the question better; an item named by its number with
 * what it is about ("sag 4 om …"); how much, which a whole sentence answers only with a measure; a year written as
 * a label with its colon ("2028: 15.000 kr. i underskud"); a matter named by a compound written with a hyphen, which
 * the minutes call by its last word; how long, which a sentence without a length of time or a date does not say; and
 * whom something goes to, asked with the preposition last ("Hvem skal … sende … til?"); and a word the minutes
 * abbreviate with a full stop ("Sagsbeh.:"), which a question writes out; and when someone left, which a time of day
 * without a date says.
 */
class WritingConventionsQaTest {

    private static final String LINDHOLT = "lindholt-byraadet-2026-09-15";

    @TempDir
    static Path tmp;
    private static OpenArchive archive;

    @BeforeAll
    static void open() throws IOException {
        Path corpus = TestData.corpusOf(tmp.resolve("corpus"), TestData.SOEHOLM, TestData.LINDHOLT,
                "fixtures/qa/lindholt-seniorraadet-2026-10-01.txt", "fixtures/qa/lindholt-byraadet-2026-10-20.txt");
        archive = TestData.openArchive(corpus, tmp.resolve("index"), false);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    private static Answer asked(String question, AnswerType type, int item) {
        return AnsweredFrom.item(archive, question, type, LINDHOLT, item);
    }

    @Test
    void aYearWrittenAsALabelWithItsColonIsTheYearAsked() {
        // "2028: 15.000 kr. i underskud": the tokeniser keeps the colon on the year, which must still be the year the
        // question names, so that the amount beside it answers, not the first of the sentence
        Answer result = AnsweredFrom.item(archive,
                "Hvor stort et beløb viser Seniorrådets budgetforslag for 2028 i Lindholt?", AnswerType.AMOUNT, "seniorraadet-2026-10-01", 3);
        assertEquals("15.000 kr. i underskud", result.answer());
    }

    @Test
    void aCompoundWrittenWithAHyphenIsFoundByItsWords() {
        // "naboer-samarbejdet" is a cooperation, which the minutes call "samarbejdet"
        Answer count = AnsweredFrom.item(archive, "Hvor mange foreninger er med i naboer-samarbejdet?",
                AnswerType.COUNT, "seniorraadet-2026-10-01", 4);
        assertEquals("Syv foreninger", count.answer());
    }

    @Test
    void howLongIsAnsweredOnlyWithANumberOrADate() {
        // "… løber i en afgrænset periode": a sentence of the meeting the question names, covering it, without a length
        // of time or an end
        Answer unsaid = archive.answerer().ask("Hvor længe løber nabonetværket i Lindholt Seniorråd?");
        assertEquals(AnswerType.NONE, unsaid.answerType(), String.valueOf(unsaid.answer()));
    }

    @Test
    void aWordTheMinutesAbbreviateWithAFullStopIsFoundWrittenOut() {
        // "Sagsbeh.: Gitte Thorsø": the case label abbreviates the word the question writes out
        Answer officer = AnsweredFrom.item(archive,
                "Hvem er sagsbehandler for lån af mødelokaler i Lindholt Seniorråd?", AnswerType.PERSON,
                "seniorraadet-2026-10-01", 6);
        assertEquals("Gitte Thorsø", officer.answer());
    }

    @Test
    void aTimeOfDayAnswersWhenASentenceGivesNoDate() {
        // "Jens Kjær forlod mødet kl. 11.20 …": when he left is the time, not the meeting's date nor another line
        Answer left = AnsweredFrom.item(archive, "Hvornår forlod Jens Kjær Lindholt Seniorråds møde den 1. oktober 2026?",
                AnswerType.DATE, "seniorraadet-2026-10-01", 5);
        assertEquals("kl. 11.20", left.answer());
    }

    @Test
    void aPrepositionLeftAtTheEndAsksForItsObject() {
        // "… sender bemærkninger til det videre arbejde til sekretariatschefen for Ældre og Omsorg": the post the
        // preposition introduces, not the matter before it; no person is named
        Answer to = AnsweredFrom.item(archive, "Hvem skal medlemmerne af Lindholt Seniorråd sende bemærkninger til?",
                AnswerType.PERSON, "seniorraadet-2026-10-01", 5);
        assertEquals("sekretariatschefen for Ældre og Omsorg", to.answer());
    }

    @Test
    void anAddressAnswersWhichAddressWithTheHouseNumbersAndMflKept() {
        // the title "Lokalplan 41 for Engvej 12-16 m.fl. …" has no preposition of place before the address: the
        // address alone answers, not the title
        assertEquals("Engvej 12-16 m.fl.",
                asked("Hvilken adresse gælder lokalplan 41 i Lindholt for?", AnswerType.PLACE, 3).answer());
    }

    @Test
    void anAddressEndsAtItsHouseNumberAndAnswersWhereWithoutANounAsked() {
        // "på Skovvej 12 i Nørreby": the word after the number is no house letter
        assertEquals("Skovvej 12",
                asked("Hvilken adresse skal den nye børnehave have i Lindholt?", AnswerType.PLACE, 9).answer());
        // "hvor" asks with no noun: the place phrase, the address inside it
        assertTrue(asked("Hvor skal den nye børnehave ligge i Lindholt?", AnswerType.PLACE, 9).answer()
                .contains("Skovvej 12"));
    }

    @Test
    void theNameAfterUdOverIsLeftOutOfTheWordsToFind() {
        // "Sune Vig" is in the first substitute's sentence only: as words to find his name would point there, where
        // the answer may not be the name the question gives
        assertEquals("Rikke Sand", asked("Hvem skulle indkaldes som stedfortræder ud over Sune Vig i Lindholt?",
                AnswerType.PERSON, 2).answer());
    }

    @Test
    void aTownsNameKeepsTheWordForTownAfterIt() {
        assertEquals("Bakkeskolen i Nørreby by",
                asked("Hvilken skole skal have en ny idrætssal i Lindholt?", AnswerType.OTHER, 4).answer());
    }

    @Test
    void aSentenceThatRepeatsTheQuestionAnswersWithTheNextWhenThatRefersBackToIt() {
        assertEquals("Dialogmøderne er hidtil ikke blevet optaget på video. Dette sker fra januar 2027.",
                asked("Bliver dialogmøderne optaget på video i Lindholt?", AnswerType.OTHER, 5).answer());
    }

    @Test
    void whoDoesWhatTheQuestionAsksIsTheNameBeforeARelativeClauseWithItsVerb() {
        // an organisation, not a person: no name of a person in the sentence answers "hvem"
        assertEquals("Boligforeningen Engly", asked("Hvem ejer Torvegade 7 i Lindholt?", AnswerType.PERSON, 6).answer());
    }

    @Test
    void aLabelEndingInAColonIsAboutWhatFollowsIt() {
        // the question's words are in the sentences under the label; the line right above them is another label
        assertEquals("Anne Krog", asked("Hvem spurgte i spørgetiden om cykelstien langs Engvej i Lindholt?",
                AnswerType.PERSON, 7).answer());
        assertEquals("Jonas Eng", asked("Hvem spurgte om bænke ved søen i Lindholt?", AnswerType.PERSON, 7).answer());
    }

    @Test
    void aSentenceThatAsksTheQuestionItselfIsAnsweredByTheNext() {
        // "… har bestemt, hvilken fortælling der skal læses op": it holds every word of the question and says nothing of it
        assertEquals("Sommer over Nørreby Sø",
                asked("Hvilken fortælling blev læst op ved mødets start i Lindholt?", AnswerType.OTHER, 8).answer());
    }

    @Test
    void whyIsAnsweredOnlyByASentenceThatGivesAReason() {
        assertTrue(asked("Hvorfor blev vejarbejdet på Skovvej udsat i Lindholt?", AnswerType.REASON, 11).answer()
                .contains("da entreprenøren mangler materialer"));
        // the sentence with every word of the question says that it happened, not why: the archive does not say
        Answer cancelled = archive.answerer().ask("Hvorfor blev sommerfesten i Lindeparken aflyst i Lindholt?");
        assertEquals(null, cancelled.answer(), cancelled.toString());
    }

    @Test
    void aWholeSentenceAnswersWhereOnlyWithANameAndHowManyOnlyWithANumber() {
        // the sentence with the question's words names only the body that acts: it does not say where
        Answer where = archive.answerer().ask("Hvor skal projektet Engly Have ligge i Lindholt?");
        assertEquals(null, where.answer(), where.toString());
        // the only figure is the list marker, and "et" is an article: neither says how many
        Answer votes = archive.answerer().ask("Hvor mange stemmer fik Ole Bak, da han forlod Teknikudvalget i Lindholt?");
        assertEquals(null, votes.answer(), votes.toString());
    }

    @Test
    void aChairChosenInAnotherBodysMeetingIsNotTheChairOfTheBodyAsked() {
        // the council's minutes say whom it chose as chair (of a committee of its own), not who chairs the seniors'
        // council, whose minutes say nothing of a chair
        Answer chair = archive.answerer().ask("Hvem er formand for Seniorrådet i Lindholt?");
        assertEquals(null, chair.answer(), chair.toString());
        assertEquals("Ida Lund", asked("Hvem valgte Byrådet som formand i Lindholt?", AnswerType.PERSON, 14).answer());
    }

    @Test
    void aMeetingHeldOnTheDayAskedIsTheMeetingAsked() {
        // the first meeting's sentence covers the question's words better, but the question names the second
        // meeting's day
        Answer substitute = archive.answerer().ask(
                "Hvilken stedfortræder indkaldte liste A for Per Holm til Lindholt Byråds møde den 20. oktober 2026?");
        assertEquals("Bo Krag", substitute.answer(), substitute.toString());
        assertEquals("lindholt-byraadet-2026-10-20", substitute.evidence().get(0).meetingId());
    }

    @Test
    void anItemNamedByNumberIsAnsweredWithWhatItIsAbout() {
        // "sag 4 om den nye idrætssal ved Bakkeskolen skal vente": the item by its number and its matter, up to the verb
        assertEquals("sag 4 om den nye idrætssal ved Bakkeskolen",
                asked("Hvilken sag skal vente til november i Lindholt?", AnswerType.OTHER, 15).answer());
    }

    @Test
    void howMuchIsAnsweredByAWholeSentenceOnlyWithAMeasure() {
        // "9 medlemmer" counts people; it says nothing of a fee
        Answer fee = archive.answerer().ask("Hvor stort et vederlag får medlemmerne af Seniorrådet i Lindholt?");
        assertEquals(null, fee.answer(), fee.toString());
        assertTrue(asked("Hvor meget hæves dækningsafgiften i Lindholt?", AnswerType.AMOUNT, 17).answer()
                .contains("2 promille"));
    }

    @Test
    void anAddressIsAStreetNameWithAHouseNumber() {
        for (String text : new String[]{"Skovvej 12", "ejendommen Torvegade 3B", "Søndre Allé 4, 9999 Sønderby",
                "Engvej 12-16 m.fl.", "på Kirkestræde 7"}) {
            assertTrue(SpanExtractor.hasAddress(text), text);
        }
        for (String text : new String[]{"Lokalplan 12", "Skovvej", "Budget 2027", "skovvej 12", "Engvej 2027"}) {
            assertFalse(SpanExtractor.hasAddress(text), text);
        }
    }
}
