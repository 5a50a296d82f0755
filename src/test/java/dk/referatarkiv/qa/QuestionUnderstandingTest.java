package dk.referatarkiv.qa;

import dk.referatarkiv.entities.DateRange;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Question understanding on made-up questions: the answer type and header fact from the question words
 * ({@code question-types.tsv}, {@code header-questions.tsv}), the noun "hvilken X" asks about, and the meeting
 * constraints (municipality, body, date, items) read as preferences, not as words to find.
 */
class QuestionUnderstandingTest {

    /** An archive of two made-up bodies; Søholm is no Danish municipality, so it comes from the archive. */
    private static final ConstraintReader READER = new ConstraintReader(List.of("Søholm", ""),
            List.of("Byrådet", "Børne- og Skoleudvalget", "Udvalget for Natur og Miljø", "Økonomiudvalget"));
    private static QuestionAnalyzer analyzer;

    @BeforeAll
    static void load() throws IOException {
        analyzer = new QuestionAnalyzer(TestData.pipeline(), Synonyms.none(), Set.of(), List.of(),
                Set.of("Byrådet", "Økonomiudvalget"), TestData.gazetteer(), READER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Hvor holdt Søholm Byråd møde den 12. marts 2021?|PLACE|PLACE",
            "I hvilket mødelokale holdt Økonomiudvalget møde i november?|PLACE|PLACE",
            "I hvilket hus holdt Søholm Byråd sit møde i marts 2021?|PLACE|PLACE",
            "Hvor var Teknisk Udvalg samlet i juni?|PLACE|PLACE",
            "Hvor blev haveaffaldet samlet ind?|PLACE|-",
            "På hvilket hotel blev konferencen holdt?|PLACE|-",
            "I hvilken sal skal koncerten holdes?|PLACE|-",
            "Hvad er fristen for høringssvar til lokalplanen?|DATE|-",
            "Hvad er sidste frist for at søge om tilskud?|DATE|-",
            "Hvor stor en afstand skal der være til skellet?|COUNT|-",
            "Hvor stort et areal omfatter lokalplanen?|COUNT|-",
            "Hvor stort et beløb er afsat?|AMOUNT|-",
            "Hvordan blev Økonomiudvalgets møde i april 2023 afholdt?|OTHER|PLACE",
            "Hvor ligger den nye børnehave?|PLACE|-",
            "I hvilken by skal skolen bygges?|PLACE|-",
            "Hvem var fraværende ved Byrådets møde?|PERSON|ABSENT",
            "Hvem havde meldt afbud til mødet?|PERSON|ABSENT",
            "Hvem mødte som stedfortræder for Anna Holm?|PERSON|SUBSTITUTE",
            "Hvem deltog i stedet for Anna Holm?|PERSON|SUBSTITUTE",
            "Hvem blev kaldt ind for Anna Holm til byrådsmødet?|PERSON|SUBSTITUTE",
            "Hvem blev indkaldt som suppleant for Anna Holm?|PERSON|SUBSTITUTE",
            "Hvem erstattede Anna Holm i byrådet den 3. maj?|PERSON|SUBSTITUTE",
            "Anna Holm havde afbud - hvem sad i hendes stol?|PERSON|SUBSTITUTE",
            "Hvem afløste Anna Holm som formand?|PERSON|-",
            "Søholm Byråd 12. marts 2021 - hvor blev der holdt møde?|PLACE|PLACE",
            "Find stedet hvor Søholm Byråd holdt møde i marts 2021|PLACE|PLACE",
            "Hvor blev chefgruppen holdt den 10. juni 2026?|PLACE|PLACE",
            "Hvor blev Søholm Byråd afholdt i marts 2021?|PLACE|PLACE",
            "Hvor blev budgetseminaret holdt?|PLACE|-",
            "Hvor mange gange holdt udvalget møde i 2021?|COUNT|-",
            "Hvem var inhabil under punkt 3?|PERSON|INHABIL",
            "Hvem var formand for Økonomiudvalget i 2020?|PERSON|CHAIR",
            "Hvem blev valgt som formand for Økonomiudvalget?|PERSON|-",
            "Hvem var referent på mødet?|PERSON|CLERK",
            "Hvornår blev referatet lagt ud?|DATE|PUBLISHED",
            "Hvornår blev dagsordenen til byrådsmødet udsendt?|DATE|PUBLISHED",
            "Hvornår blev rengøringen på skolerne lagt ud?|DATE|-",
            "Hvilke punkter på dagsordenen blev sendt ud i høring?|OTHER|-",
            "Hvem erstattede Anna Holm som formand?|PERSON|-",
            "Hvornår sluttede Byrådets møde den 12. marts 2021?|DATE|END",
            "Hvad tid startede mødet?|DATE|START",
            "Hvilken dato holdt Teknikudvalget sit møde i oktober 2021?|DATE|DATE",
            "Hvornår blev Teknikudvalgets referat offentliggjort?|DATE|PUBLISHED",
            "Fra hvilken dato gælder den nye parkeringsordning?|DATE|-",
            "Hvilken periode dækker strategien?|DATE|-",
            "Hvilket regnskabsår gælder tilskuddet for?|DATE|-",
            "Hvilken forening får tilskuddet?|OTHER|-",
            "Hvilke problemer opstår ved ombygningen?|OTHER|-",
            "Hvilke skoler når målet for læsning?|OTHER|-",
            "Hvor lang tid tager ombygningen af skolen?|DURATION|-",
            "Hvor længe skal høringen løbe?|DURATION|-",
            "Hvilken varighed har lejeaftalen?|DURATION|-",
            "Hvor langt er der til skolen?|OTHER|-",
            "Hvilket medlem stillede ændringsforslaget?|PERSON|-",
            "Hvilken rådmand stillede spørgsmålet?|PERSON|-",
            "Hvilke chefer blev valgt som sparringspartnere?|PERSON|-",
            "Hvilke suppleanter blev indkaldt?|PERSON|SUBSTITUTE",
            "Hvem indstiller, at bevillingen gives?|ROLE|-",
            "Hvem indstillede forslaget til Byrådet?|ROLE|-",
            "Hvem står bag indstillingen om den nye skolestruktur?|ROLE|-",
            "Hvilken direktør stod bag forslaget om den nye skolestruktur?|ROLE|-",
            "Hvem har indstillet, at bevillingen gives?|ROLE|-",
            "Hvem indstillede udvalget som ny revisor for fonden?|PERSON|-",
            "Hvem foreslog temaet?|PERSON|-",
            "Hvorfor skal taget renoveres?|REASON|-",
            "Hvad er sagsnummeret for punktet om vinterbadning?|JOURNAL|-",
            "Hvilket journalnummer har sagen om den nye skole?|JOURNAL|-",
            "Hvad var sagens j.nr. i 2019?|JOURNAL|-",
            "Hvilket sagsnr. havde punktet om trafiksikkerhed?|JOURNAL|-",
            "Hvem var sagsbehandler på sagen om skolen?|PERSON|-",
            "Hvilke sager har journalnummer 00.01.00-A00-1-23?|OTHER|-",
            "Hvilke sagsnumre har sagerne om den nye skole?|JOURNAL|-",
            "Hvad blev j.nr. på sagen om skolen?|JOURNAL|-",
            "Hvad var sagsnummer 21/4711?|OTHER|-",
            "Hvad er journalnummer 00.01.00-A00-1-23 om?|OTHER|-",
            "Hvor stor en del af budgettet går til vedligehold?|PERCENT|-",
            "Hvor mange procent af budgettet er brugt?|PERCENT|-",
            "Hvor meget koster børnehaven?|AMOUNT|-",
            "Hvad er anlægsudgiften til skolen?|AMOUNT|-",
            "Hvor mange ladestandere skal opsættes?|COUNT|-",
            "Hvor mange sider fylder beslutningsprotokollen fra mødet i november?|COUNT|PAGES",
            "Hvor mange sider er referatet på?|COUNT|PAGES",
            "Hvor mange sider har notatet?|COUNT|-",
            "Hvad besluttede Byrådet om salget?|DECISION|-",
            "Hvad skete der med ansøgningen om en ny legeplads?|DECISION|-",
            "Hvilke beslutninger vedrører budget 2025?|DECISIONS|-",
            "Hvilke punkter blev trukket fra dagsordenen?|OTHER|-",
            "Blev budgetforslaget vedtaget?|DECISION|-",
            "Vedtog Byrådet budgetforslaget for 2027?|DECISION|-",
            "Er lokalplanen for Engvej blevet godkendt af udvalget?|DECISION|-",
            "Indgik kommunen aftalen med Nordby Vand?|OTHER|-",
            "Hvilke byrådsmøder har behandlet skolestrukturen?|DECISIONS|-",
            "Hvilke sager i udvalget har handlet om vinterbadning?|DECISIONS|-",
            "Find alle sager om vinterbadning|DECISIONS|-",
            "Vis beslutninger om cykelstier|DECISIONS|-",
            "Hvilken dag drøftede udvalget trafikplanen?|DATE|-",
            "Hvad hedder direktøren for Børn og Kultur?|PERSON|-",
            "Hvad er navnet på udvalgets formand?|PERSON|-",
            "Hvad hedder den nye skole?|OTHER|-",
            "budgetkatalog 2027 samlet beløb|AMOUNT|-",
            "høringsfrist lokalplan 12|DATE|-",
            "mødested Seniorrådet 3. marts|PLACE|PLACE",
            "Mødestedet var Rådhuset?|PLACE|-",
            "antal ladestandere Engvej|COUNT|-",
            "Deadline for ansøgninger om tilskud 2027|DATE|-",
            "Find mødested for Seniorrådet 3. marts|PLACE|PLACE",
            // a word of the header or a kind of answer inside another question asks nothing of it
            "Hvad koster renoveringen af mødelokalet?|AMOUNT|-",
            "besparelser ældreområdet|NONE|-",
            // yes/no questions are no keyword questions, and a deciding verb in a subordinate clause asks no decision
            "Har kommunen sendt beløbet?|OTHER|-",
            "Er fristen overholdt?|OTHER|-",
            "Blev antallet af pladser øget?|OTHER|-",
            "Var borgmesteren til stede, da sagen blev godkendt?|OTHER|-",
            "Er der en dato for hvornår planen er godkendt?|DATE|-",
            "Hvad hedder den nye direktør?|PERSON|-",
            "Hvad hedder udvalgets formand?|PERSON|-",
            "Hvad hedder projektet med formanden for foreningen?|OTHER|-",
            "Hvorfra skulle stenene til diget hentes?|OTHER|-",
            "budget børnehave|NONE|-"})
    void typeAndFact(String question, String type, String fact) {
        Question q = analyzer.analyse(question);
        assertEquals(AnswerType.valueOf(type), q.type(), question);
        assertEquals(fact == null ? null : MeetingFact.valueOf(fact), q.fact(), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Hvilket orkester søgte om tilskud til en turné?|orkester",
            // the thing "hvad hedder" asks the name of; a person's name stays a PERSON question without a focus noun
            "Hvad hedder projektet, som udvalget støttede?|projektet",
            "Hvad er navnet på den nye ordning for hjemmehjælp?|ordning",
            "Hvilken gammel bro skal udskiftes?|bro",
            "Hvilken natur- og fritidspark nævner planen?|fritidspark",
            "Hvor mange ladestandere skal opsættes?|ladestandere",
            "Hvem er formand?|-",
            // the tagger reads "penge" as an adjective; the dictionary has no adjective "penge", and "flere" is a form of "mange"
            "Hvor mange penge fik foreningen fra fonden?|penge",
            "Hvor mange flere skal ansættes?|-",
            "Hvor mange nye skoler skal bygges?|skoler",
            // keywords: the noun that gives the kind of answer frames the question as "hvilken" does
            "budgetkatalog 2027 samlet beløb|beløb",
            "høringsfrist lokalplan 12|høringsfrist"})
    void theNounTheAnswerIsAMentionOf(String question, String focus) {
        assertEquals(focus, analyzer.analyse(question).focus(), question);
    }

    /** A verb in the past tense or a past participle asks what was done; a state, an adjective or a recommendation not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hvem udpegede byrådet som revisor for fonden?|true",
            "Hvem blev valgt som formand for udvalget?|true",
            "Hvilken belægning valgte udvalget til torvet?|true",
            "Hvem var til stede på mødet?|false",
            "Hvad var den samlede pris for ombygningen?|false",
            "Hvem skal lede projektet?|false",
            "Hvem udpeger byrådet som revisor for fonden?|false",
            "Hvem havde direktøren indstillet som revisor for fonden?|false",
            "Hvem blev foreslået som formand?|false",
            "Hvem vælger byrådet som formand?|false",
            "Hvilke regler er gældende for tilskuddet?|false",
            "Hvem havde ansvaret for projektet?|false",
            "Hvor store var kommunens samlede udgifter?|false",
            "Hvor mange ansatte har kommunen?|false"})
    void whetherTheQuestionAsksWhatWasDone(String question, boolean done) {
        assertEquals(done, analyzer.analyse(question).askedDone(), question);
    }

    @Test
    void constraintsRankMeetingsAndAreNotWordsToFind() {
        Question q = analyzer.analyse("Hvilket orkester søgte om tilskud hos Søholms Børne- og Skoleudvalg den 23. november 2016?");
        QuestionConstraints c = q.constraints();
        assertEquals("Søholm", c.municipality());
        assertEquals("Børne- og Skoleudvalget", c.body());
        assertEquals(new DateRange(LocalDate.of(2016, 11, 23), LocalDate.of(2016, 11, 23), DateRange.Precision.DAY, false),
                c.date());
        Set<String> words = terms(q);
        for (String constraint : List.of("søholm", "søholms", "børne", "skoleudvalg", "november", "2016")) {
            assertFalse(words.contains(constraint), constraint + " is a constraint, not a word to find: " + words);
        }
        assertTrue(words.contains("orkester") && words.contains("tilskud"), words.toString());
    }

    @Test
    void theYearsOfABudgetDateNoMeeting() {
        Question budget = analyzer.analyse("Hvilket overskud viste Søholms budgetforslag 2027-2030?");
        assertNull(budget.constraints().date(), "a budget's years are not when the meeting was");
        assertEquals(Integer.valueOf(2027), budget.budgetYear());
        Question dated = analyzer.analyse("Hvilket overskud viste Søholms budgetopfølgning i 2026?");
        assertEquals(LocalDate.of(2026, 1, 1), dated.constraints().date().start());
    }

    @Test
    void theWordÅrBeforeAYearIsNoWordToFind() {
        Set<String> words = terms(analyzer.analyse("Hvad blev overskuddet for år 2029 i Nordby?"));
        assertTrue(words.contains("overskud") && words.contains("2029"), words.toString());
        assertFalse(words.contains("år"), words.toString());
        assertTrue(terms(analyzer.analyse("Hvor mange år varer aftalen?")).contains("år"), "no year after it");
    }

    @Test
    void theWordsThatAskForANameAreNoWordsToFind() {
        Set<String> words = terms(analyzer.analyse("Hvad hedder den nye skolechef i Søholm?"));
        assertTrue(words.contains("skolechef"), words.toString());
        assertFalse(words.contains("hedde") || words.contains("hedder"), words.toString());
        assertFalse(terms(analyzer.analyse("Hvad er navnet på udvalgets nye formand?")).contains("navn"));
        // also when the name asked is a thing's: a quoted name answers, which no word for naming need stand beside
        Set<String> project = terms(analyzer.analyse("Hvad hedder læseprojektet, som skolen fik præsenteret?"));
        assertTrue(project.contains("læseprojekt"), project.toString());
        assertFalse(project.contains("hedde") || project.contains("hedder"), project.toString());
        // a question of why a name changed is about the name
        assertTrue(terms(analyzer.analyse("Hvorfor blev navnet på hallen ændret?")).contains("navn"));
        // in a question for something else the name is a word like the others
        assertTrue(terms(analyzer.analyse("Hvornår fik skolen sit nye navn?")).contains("navn"));
    }

    @Test
    void theNumberAfterHvilkeIsNoWordToFind() {
        Set<String> words = terms(analyzer.analyse("Hvilke to skoler skal lægges sammen?"));
        assertTrue(words.contains("skole") || words.contains("skoler"), words.toString());
        assertFalse(words.contains("to"), words.toString());
    }

    @Test
    void aNameAfterUdOverIsNoWordToFind() {
        Set<String> words = terms(analyzer.analyse("Hvem kom med som stedfortræder ud over Per Holm?"));
        assertTrue(words.contains("stedfortræder"), words.toString());
        assertFalse(words.contains("per") || words.contains("holm"), words.toString());
        // elsewhere a name is a word to find
        assertTrue(terms(analyzer.analyse("Hvem kom med som stedfortræder for Per Holm?")).contains("holm"));
    }

    @Test
    void theCaseNumberAndTheCaseAreNotWordsToFindInACaseNumberQuestion() {
        Set<String> words = terms(analyzer.analyse("Hvad er journalnummeret for sagen om et nyt svømmeanlæg?"));
        assertTrue(words.contains("svømmeanlæg"), words.toString());
        for (String frame : List.of("journalnummeret", "journalnummer", "sagen", "sag")) {
            assertFalse(words.contains(frame), frame + " frames the question: " + words);
        }
        // in any other question "sagen" is a word like the others
        assertTrue(terms(analyzer.analyse("Hvem var sagsbehandler på sagen om et nyt svømmeanlæg?")).contains("sagen"));
    }

    @Test
    void municipalitiesOfTheDanishListAndTheirGenitive() {
        QuestionConstraints c = READER.read("Hvor holdt Odenses Økonomiudvalg møde?", List.of());
        assertEquals("Odense", c.municipality());
        assertEquals("Økonomiudvalget", c.body());
        assertNull(READER.read("Hvor ligger Torvet?", List.of()).municipality(), "a capitalised word is no municipality");
        QuestionConstraints named = READER.read("Hvor skulle Aabenraa Kommune plante de nye træer?", List.of());
        assertEquals("Aabenraa", named.municipality());
        assertTrue(named.covers("Hvor skulle ".length(), "Hvor skulle Aabenraa Kommune".length()),
                "'Kommune' belongs to the municipality's name");
    }

    @Test
    void theBodyOfTheMeetingIsTheOneAfterTheMunicipality() {
        // "Ældrerådets høringssvar" is what the meeting discussed; "Søholm Økonomiudvalg" is the meeting's body
        ConstraintReader reader = new ConstraintReader(List.of("Søholm"), List.of("Ældrerådet", "Økonomiudvalget"));
        QuestionConstraints c = reader.read("Hvilke ønsker rummede Ældrerådets høringssvar, som Søholm Økonomiudvalg "
                + "drøftede?", List.of());
        assertEquals("Økonomiudvalget", c.body());
        assertEquals("Udvalget for Natur og Miljø",
                READER.read("Hvem var referent ved Søholm Udvalget for Natur og Miljøs møde?", List.of()).body());
        assertNull(READER.read("Hvem sidder i Valgbestyrelsen?", List.of()).body(), "only bodies the archive holds minutes of");
    }

    @Test
    void aSeatInABodyIsNoMeetingOfIt() {
        QuestionConstraints seat = READER.read("Hvem fik sæde i Søholm Byråd efter Per Holm?", List.of());
        assertNull(seat.body(), "the seat is in the council; the meeting may be any body's");
        assertEquals("Søholm", seat.municipality());
        assertNull(READER.read("Hvem udtrådte af Økonomiudvalget i 2021?", List.of()).body());
        // the members of a body at its meeting: that body's meeting
        assertEquals("Økonomiudvalget",
                READER.read("Hvilke medlemmer af Økonomiudvalget var fraværende den 4. maj?", List.of()).body());
        assertEquals("Byrådet", READER.read("Hvem var fraværende i Søholm Byråd?", List.of()).body());
    }

    @Test
    void itemNumbers() {
        assertEquals(Set.of(4, 11), READER.read("Hvem forlod mødet under punkterne 4 og 11?", List.of()).items());
        assertEquals(Set.of(7, 8, 9), READER.read("Hvem var fraværende under pkt. 7-9?", List.of()).items());
        assertEquals(Set.of(21), READER.read("som nævnt i pkt. 21 på mødet", List.of()).items());
    }

    @Test
    void bodiesMatchInAnyInflection() {
        assertTrue(ConstraintReader.sameBody("byråds", "byrådet"));
        assertTrue(ConstraintReader.sameBody("kommunalbestyrelses", "kommunalbestyrelsen"));
        assertTrue(ConstraintReader.sameBody("kulturogidrætsudvalg", "kulturogidrætsudvalget"));
        assertFalse(ConstraintReader.sameBody("byråd", "handicaprådet"));
        assertTrue(ConstraintReader.sameBody("økonomiudvalgets", "økonomiudvalg"));
        assertTrue(ConstraintReader.sameBody("byrådet", "byråd"));
        assertFalse(ConstraintReader.sameBody("økonomiudvalget", "økonomiudvalgetsmøde"));
        assertFalse(ConstraintReader.sameBody("råd", "råds"), "keys under four letters do not match by ending");
        assertTrue(ConstraintReader.sameMunicipality("Lollands", "Lolland"));
    }

    @Test
    void aRequestThatStandsForAQuestionWordIsNoWordToFind() {
        Set<String> find = terms(analyzer.analyse("Find slutdatoen for projektet"));
        assertFalse(find.contains("find") || find.contains("finde"), find.toString());
        assertTrue(find.contains("projekt"), find.toString());
        assertFalse(terms(analyzer.analyse("Vis hvor meget fonden har givet til projektet")).contains("vis"));
        assertFalse(terms(analyzer.analyse("Kan du nævne de skoler, der deltager?")).contains("nævne"));
        // not at the start, or not after "du", the verb is what the question is about
        assertTrue(terms(analyzer.analyse("Hvem skal finde en ny leverandør?")).contains("finde"));
    }

    @Test
    void aSpanOfYearsAfterANounIsItsPeriodNotTheMeetings() {
        assertNull(analyzer.analyse("Hvornår vedtog byrådet handleplanen 2024-2027?").constraints().date());
        assertNull(analyzer.analyse("Hvem skrev kulturpolitik 2023-2026?").constraints().date());
        // after a preposition it is when
        assertEquals(2024, analyzer.analyse("Hvem var formand i 2024-2027?").constraints().date().start().getYear());
        // after a noun that is no plan's the years still date the question
        assertEquals(2018, analyzer.analyse("Hvem var formand 2018-2021?").constraints().date().start().getYear());
        assertEquals(2023, analyzer.analyse("Hvad besluttede udvalget i perioden 2023-2025?").constraints().date().start()
                .getYear());
    }

    @Test
    void aBodyWrittenInLowerCaseIsTheBody() {
        assertEquals("Økonomiudvalget", analyzer.analyse("Hvad besluttede økonomiudvalget den 3. maj 2022?").constraints().body());
        assertEquals("Byrådet", analyzer.analyse("hvornår holdt byrådet møde i maj 2022").constraints().body());
        // where a matter is sent is no meeting asked about
        assertNull(analyzer.analyse("Hvornår blev sagen sendt videre til byrådet?").constraints().body());
    }

    private static Set<String> terms(Question q) {
        Set<String> words = new java.util.HashSet<>();
        q.terms().forEach(t -> words.addAll(t.own()));
        return words;
    }
}
