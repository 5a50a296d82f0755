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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questions asked other ways than "hvem / hvad / hvornår": a yes/no question with a verb of deciding, keywords
 * without a question word, "hvad hedder …" for a person, "hvilken dag" for when a matter was dealt with; and a post
 * written only in the header's list of participants, each with a title of their own in brackets; and who did
 * something, when the minutes name a post, unit or firm as the doer: the subject before or, after an adverbial, after
 * the verb, or a passive's agent; a post's holder named in the sentence after the post; a meeting named by its month
 * in one word ("junimødet"). The Kragholm minutes (fixtures/qa) have all of these;
 * one of their items has no decision.
 */
class ParaphrasedQuestionsQaTest {

    private static final String KRAGHOLM = "kragholm-chefgruppen-2026-06-10";

    @TempDir
    static Path tmp;
    private static OpenArchive archive;

    @BeforeAll
    static void open() throws IOException {
        Path corpus = TestData.corpusOf(tmp.resolve("corpus"), "fixtures/qa/kragholm-chefgruppen-2026-06-10.txt",
                "fixtures/qa/kragholm-chefgruppen-2026-09-09.txt", "fixtures/qa/kragholm-direktionen-2026-05-20.txt",
                TestData.SOEHOLM, TestData.LINDHOLT);
        archive = TestData.openArchive(corpus, tmp.resolve("index"), false);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    private static Answer asked(String question, AnswerType type, int item) {
        return AnsweredFrom.item(archive, question, type, KRAGHOLM, item);
    }

    @Test
    void aPostInTheHeadersListIsAnsweredByThePersonWhoseOwnTitleHoldsIt() {
        // three participants, each with a title in brackets: the one whose own title holds the question's words
        // answers, not the list
        String head = asked("Hvem er afdelingschef for skole og dagtilbud i Kragholm?", AnswerType.PERSON, 0).answer();
        assertTrue(head.startsWith("Bo Dam"), head);
        assertFalse(head.contains("Ida Holm") || head.contains("Lene Vang"), head);
        String director = asked("Hvad hedder direktøren for Børn og Kultur i Kragholm?", AnswerType.PERSON, 0).answer();
        assertTrue(director.startsWith("Lene Vang"), director);
        // naming no meeting (the header of the meeting whose items the question's words find is read too; in this
        // small archive the search finds the header itself, so the floor of the paraphrase set guards that path)
        String unnamed = asked("Hvem er afdelingschef for skole og dagtilbud?", AnswerType.PERSON, 0).answer();
        assertTrue(unnamed.startsWith("Bo Dam"), unnamed);
    }

    @Test
    void aYesNoQuestionWithAVerbOfDecidingIsAnsweredByTheDecisionOnly() {
        assertEquals("Chefgruppen godkendte strategien med en tilføjelse om svømning.",
                asked("Godkendte chefgruppen strategien for skolernes idrætsdage i Kragholm?", AnswerType.DECISION, 2)
                        .answer());
        // the item has a recommendation and no decision: whether it was adopted, the minutes do not say
        Answer adopted = archive.answerer().ask("Blev renoveringen af Mosehallen vedtaget i Kragholm?");
        assertNull(adopted.answer(), adopted.toString());
    }

    @Test
    void keywordsAskByTheNounThatNamesTheKindOfAnswer() {
        assertEquals("4,2 mio. kr.", asked("Kragholm renovering Mosehallen beløb", AnswerType.AMOUNT, 3).answer());
        assertEquals("Mødelokale 2, Kragholm Rådhus",
                asked("mødested Kragholm Chefgruppen 10. juni 2026", AnswerType.PLACE, 0).answer());
        // keywords naming no kind of answer stay a search
        Answer search = archive.answerer().ask("Kragholm Mosehallen");
        assertEquals(AnswerType.NONE, search.answerType(), search.toString());
    }

    @Test
    void theSubjectOfTheQuestionsVerbOrThePassivesAgentAnswersWhoWhenNoPersonIsNamed() {
        assertEquals("Leder af Byggeafdelingen", asked(
                "Hvem præsenterede tidsplanen for renoveringen af Mosehallen i Kragholm?", AnswerType.PERSON, 3).answer());
        // "I maj godkendte Kommunalbestyrelsen …" opens with when, not who: the subject is the name after the verb
        assertEquals("Kommunalbestyrelsen",
                asked("Hvem godkendte udbuddet af renoveringen i Kragholm?", AnswerType.PERSON, 3).answer());
        // "… er udarbejdet af Kærbo Rådgivning": the agent of the passive did it
        assertEquals("Kærbo Rådgivning", asked("Hvem har udarbejdet udbudsmaterialet til renoveringen i Kragholm?",
                AnswerType.PERSON, 3).answer());
    }

    @Test
    void anAmountOfAnotherYearThanTheOneAskedWeighsLess() {
        // "… samlet 0,9 mio. kr. i 2019" covers "samlet" too, but its amount is of 2019, not of the year asked
        assertEquals("4,2 mio. kr.",
                asked("Hvad koster renoveringen af Mosehallen samlet i 2026?", AnswerType.AMOUNT, 3).answer());
    }

    @Test
    void whichDayAMatterWasDealtWithIsTheDayOfItsMeeting() {
        // no sentence of the item gives a date: the meeting that dealt with it does
        assertEquals("10. juni 2026 (mødedato)", asked(
                "Hvilken dag drøftede Kragholms chefgruppe renoveringen af Mosehallen?", AnswerType.DATE, 3).answer());
        // the past verb of a relative clause is not the question's own: it asks when the work begins
        assertTrue(asked("Hvilken dato begynder arbejdet på Mosehallen, som chefgruppen drøftede i Kragholm?",
                AnswerType.DATE, 3).answer().contains("september 2026"));
    }

    @Test
    void aSlipOfTheKeyboardOrAWordWrittenWithoutÆøåIsReadAsTheWordMeant() {
        // "udarbjedet" and "udbudsmateriallet" are one edit from the minutes' words; "paa" is "på"
        Answer drafted = asked("Hvem har udarbjedet udbudsmateriallet til renoveringen i Kragholm?", AnswerType.PERSON, 3);
        assertEquals("Kærbo Rådgivning", drafted.answer());
        assertEquals("Hvem har udarbejdet udbudsmaterialet til renoveringen i Kragholm?", drafted.question(),
                "the answer says which question it answered");
        String begins = asked("Hvornaar begynder arbejdet paa Mosehallen i Kragholm?", AnswerType.DATE, 3).answer();
        assertTrue(begins.startsWith("i september 2026"), begins);
    }

    @Test
    void aMeetingIsNamedByItsDateInEveryWayDanishWritesItInFigures() {
        // the day picks the meeting and its header answers; the date forms are the date extractor's
        for (String day : java.util.List.of("10/6-2026", "10/6 2026", "10. jun. 2026", "2026-06-10")) {
            assertEquals("Mødelokale 2, Kragholm Rådhus",
                    asked("Hvor holdt chefgruppen møde d. " + day + "?", AnswerType.PLACE, 0).answer(), day);
        }
    }

    @Test
    void aMonthThatDatesTheMatterFindsTheMeetingThatAnnouncedIt() {
        // the question's month is that of the chief group's September meeting, but the start-up meeting in September
        // is announced by the June minutes in a sentence that dates it so; only such a sentence of June is read
        Answer who = asked("Hvem fremlægger planen for byggepladsen på opstartsmødet i september 2026?", AnswerType.PERSON, 3);
        assertEquals("Mette Krag", who.answer());
        // a June sentence dated otherwise ("I maj godkendte …") is still passed over for the September meeting
        assertNull(archive.answerer().ask("Hvem godkendte udbuddet af renoveringen i september 2026?").answer());
    }

    @Test
    void aMentionOfTheKindAskedAnswersBeforeABetterCoveringSentenceWithoutOne() {
        // the sentence on sharing with the schools' libraries covers more of the question's words, but names no
        // "gymnasium"; the next one does
        Answer which = AnsweredFrom.item(archive, "Hvilket gymnasium deler bibliotekerne deres lydbøger og e-bøger med?",
                AnswerType.OTHER, "kragholm-chefgruppen-2026-09-09", 2);
        assertEquals("Kragholm Gymnasium", which.answer());
    }

    @Test
    void aChangeFromOnePersonToAnotherAnswersWhoTakesOverOrWhoWasBefore() {
        String september = "kragholm-chefgruppen-2026-09-09";
        assertEquals("Jens Bach", AnsweredFrom.item(archive, "Hvem overtager ansvaret for lydbogsappen?",
                AnswerType.PERSON, september, 2).answer());
        assertEquals("Ida Holm", AnsweredFrom.item(archive, "Hvem havde tidligere ansvaret for lydbogsappen?",
                AnswerType.PERSON, september, 2).answer());
    }

    @Test
    void aMeetingsEndWrittenAsASentenceAnswersWhenItEnded() {
        // no end time in the header; the minutes close with "Mødet hævet kl. 10.45."
        Answer ended = archive.answerer().ask("Hvornår sluttede chefgruppens møde i Kragholm den 9. september 2026?");
        assertEquals("kl. 10:45", ended.answer());
        assertEquals("Mødet hævet kl. 10.45.", ended.evidence().get(0).text());
        // the June minutes say nothing of when that meeting ended
        assertNull(archive.answerer().ask("Hvornår sluttede chefgruppens møde i Kragholm den 10. juni 2026?").answer());
    }

    @Test
    void whoStandsBehindARecommendationWrittenWithForeslårIsItsWriter() {
        // "X foreslår, at …" under Indstilling: the parser reads "X indstiller" only; the item's sentence says who
        Answer who = AnsweredFrom.item(archive, "Hvilken direktør stod bag forslaget om at dele lydbøger og e-bøger med skolernes biblioteker?",
                AnswerType.ROLE, "kragholm-chefgruppen-2026-09-09", 2);
        assertEquals("Direktøren for Børn og Kultur", who.answer());
    }

    @Test
    void theNameOfAThingIsTheNameInQuotesAfterIt() {
        Answer named = AnsweredFrom.item(archive, "Hvad hedder læseprojektet med de nye bogbusser?", AnswerType.OTHER,
                "kragholm-chefgruppen-2026-09-09", 2);
        assertEquals("Læseprojektet ”Bøger på farten”", named.answer());
    }

    @Test
    void aSeasonNamesTheMeetingAndAnotherBodysMeetingIsNotTheOneAsked() {
        // "i sommeren 2026" is June to August: the June meeting that approved the strategy, dated by itself
        assertEquals("10. juni 2026 (mødedato)", asked(
                "Hvornår godkendte chefgruppen strategien for skolernes idrætsdage i Kragholm i sommeren 2026?",
                AnswerType.DATE, 2).answer());
        // the chief group's meeting is not the board of directors' (a body named in lower case): its date is not when
        // the directors approved it
        Answer directors = archive.answerer().ask(
                "Hvornår godkendte direktionen strategien for skolernes idrætsdage i Kragholm i sommeren 2026?");
        assertFalse(directors.answer() != null && directors.answer().contains("mødedato"), directors.answer());
    }

    @Test
    void aTimeAfterALocativePrepositionIsNoPlace() {
        // "… var samlet 0,9 mio. kr. i 2019": "i 2019" says when, not where
        Answer where = archive.answerer().ask("Hvor blev hallens budget til drift og renovering brugt?");
        assertTrue(where.answer() == null || !where.answer().contains("2019"), where.answer());
        // "et tilskud på 0,3 mio. kr.": an amount after it is no place either
        Answer grant = archive.answerer().ask("Hvor fik bibliotekerne tilskud til bogbusserne?");
        assertTrue(grant.answer() == null || !grant.answer().contains("0,3"), grant.answer());
        // "i forhold til Plan B": the preposition is part of another, and names no place
        Answer tours = archive.answerer().ask("Hvor kører bogbusserne flere ture?");
        assertFalse("til Plan B".equals(tours.answer()), tours.answer());
    }

    @Test
    void theOutgoingHolderOfAPostIsNotTheOneAppointed() {
        assertEquals("Jens Bach", AnsweredFrom.item(archive, "Hvem konstitueres som bibliotekschef i Kragholm?",
                AnswerType.PERSON, "kragholm-chefgruppen-2026-09-09", 2).answer().replaceAll("\\s*\\(.*\\)$", ""));
        Answer outgoing = archive.answerer().ask("Hvem er den afgående bibliotekschef i Kragholm?");
        assertFalse(outgoing.answer() != null && outgoing.answer().contains("Jens Bach"), outgoing.answer());
    }

    @Test
    void theNameOpeningTheSentenceAfterOneThatNamesThePostIsItsHolder() {
        // "Der er ansat en ny havnechef. Sara Juul begynder …": the post in one sentence, its holder in the next
        Answer holder = AnsweredFrom.item(archive, "Hvem er den nye chef for havnen i Kragholm?", AnswerType.PERSON,
                "kragholm-chefgruppen-2026-09-09", 3);
        assertEquals("Sara Juul", holder.answer().replaceAll("\\s*\\(.*\\)$", ""));
        // "Der er også ansat en ny kantinechef. Ansættelsen blev godkendt af Per Holt.": a name that does not open the
        // sentence after the post's holds no post
        Answer canteen = archive.answerer().ask("Hvem er den nye chef for kantinen i Kragholm?");
        assertFalse(canteen.answer() != null && canteen.answer().contains("Per Holt"), canteen.answer());
        // the one who comes into the post is not the one who leaves it
        Answer outgoing = archive.answerer().ask("Hvem er den afgående havnechef i Kragholm?");
        assertFalse(outgoing.answer() != null && outgoing.answer().contains("Sara Juul"), outgoing.answer());
    }

    @Test
    void aMeetingNamedByItsMonthInOneWordIsThatMonthsMeeting() {
        // "junimødet" is the meeting in June: its participants, not September's (whose list holds one of them only)
        String june = archive.answerer().ask("Hvem deltog i junimødet i Kragholm?").answer();
        assertTrue(june != null && june.contains("Bo Dam"), june);
        String september = archive.answerer().ask("Hvem deltog i septembermødet i Kragholm?").answer();
        assertTrue(september != null && september.contains("Ida Holm") && !september.contains("Bo Dam"), september);
    }

    @Test
    void whereAMeetingWasHeldIsAPlaceNeverASentenceAboutSomethingHeld() {
        // no meeting of that name; the sentence that the campaign "blev afholdt" names no place
        Answer where = archive.answerer().ask("Hvor blev læsekampagnens møde afholdt?");
        assertNull(where.answer(), where.answer());
    }
}
