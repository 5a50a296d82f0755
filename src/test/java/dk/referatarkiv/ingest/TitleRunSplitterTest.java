package dk.referatarkiv.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Agenda titles that a PDF-to-text conversion ran together with no separator, cut by the rules of Danish
 * capitalisation. The titles are made up; each case is one rule.
 */
class TitleRunSplitterTest {

    @Test
    void anOrdinaryCapitalisedWordAfterALowerCaseWordStartsATitle() {
        assertEquals(List.of("Godkendelse af dagsorden", "Budgetopfølgning 2026", "Anløb af færger"),
                TitleRunSplitter.split("Godkendelse af dagsorden Budgetopfølgning 2026 Anløb af færger"));
    }

    @Test
    void aNameAfterAPrepositionOrConjunctionStaysInTheTitle() {
        assertEquals(List.of("Tilskud til Sønderby Kor og Vestby Orkester", "Valg af revisor"),
                TitleRunSplitter.split("Tilskud til Sønderby Kor og Vestby Orkester Valg af revisor"));
    }

    @Test
    void aNameEndingWithANameWordOrACompanyFormIsOneName() {
        assertEquals(List.of("Årsregnskab for Sønderby Kommune", "Regnskab for Vestby Varme A/S"),
                TitleRunSplitter.split("Årsregnskab for Sønderby Kommune Regnskab for Vestby Varme A/S"));
    }

    @Test
    void insideANameOnlyATypicalTitleWordStartsTheNextTitle() {
        assertEquals(List.of("Kloakering i Øster Sønderby", "Separering af regnvand"),
                TitleRunSplitter.split("Kloakering i Øster Sønderby Separering af regnvand"));
        assertEquals(List.of("Møde med Vestby Roklub"), TitleRunSplitter.split("Møde med Vestby Roklub"));
    }

    @Test
    void aBodysNameBelongsToTheTitleBeforeItAndCompletesIt() {
        assertEquals(List.of("Halvårsregnskab Kulturudvalget", "Forslag til mødeplan"),
                TitleRunSplitter.split("Halvårsregnskab Kulturudvalget Forslag til mødeplan"));
    }

    @Test
    void aTitleNeverEndsWithAPrepositionACommaOrAGenitive() {
        assertEquals(List.of("Støtte til Byens Musikskole, Sønderby Teater", "Plan for skolernes Sommerklub"),
                TitleRunSplitter.split("Støtte til Byens Musikskole, Sønderby Teater Plan for skolernes Sommerklub"));
    }

    @Test
    void aNameOfSeveralWordsAfterALowerCaseWordStartsATitleAndASingleOneDoesNot() {
        assertEquals(List.of("Direktionens mål", "Aalbæk Andels Boligforening - låneoptagelse"),
                TitleRunSplitter.split("Direktionens mål Aalbæk Andels Boligforening - låneoptagelse"));
        assertEquals(List.of("Anlæg af baner ved Skovvej samt stier"),
                TitleRunSplitter.split("Anlæg af baner ved Skovvej samt stier"));
    }

    @Test
    void acronymsAndDefiniteNounsAfterANameDoNotStartATitle() {
        assertEquals(List.of("Kompensation for COVID-19 udgifter", "Status på Kongevejsskolen"),
                TitleRunSplitter.split("Kompensation for COVID-19 udgifter Status på Kongevejsskolen"));
    }

    @Test
    void aRunWithoutATitleStartIsOneTitle() {
        assertEquals(List.of("Orientering om budget"), TitleRunSplitter.split("Orientering om budget"));
    }

    @Test
    void aNameAloneIsNoTitleButTheEndOfTheOneBefore() {
        assertEquals(List.of("Kvartalsrapport 31. marts Sønderby Kommune", "Ansøgning om lån - Vestby Hallen"),
                TitleRunSplitter.split("Kvartalsrapport 31. marts Sønderby Kommune Ansøgning om lån - Vestby Hallen"));
    }

    @Test
    void anInflectedTitleWordStartsATitleAfterAName() {
        assertEquals(List.of("Ny sti i Nørrehaven", "Driftsaftaler Vestby Idrætsforening"),
                TitleRunSplitter.split("Ny sti i Nørrehaven Driftsaftaler Vestby Idrætsforening"));
    }

    @Test
    void aNameAfterADefiniteInstitutionNounBelongsToTheName() {
        assertEquals(List.of("Regnskaber Roklubben Søstjerne, Vestby", "Tilskud til Vestby Kor"),
                TitleRunSplitter.split("Regnskaber Roklubben Søstjerne, Vestby Tilskud til Vestby Kor"));
        assertEquals(List.of("Status for skolehaver", "Kulturprisen", "Godkendelse af mødeplan"),
                TitleRunSplitter.split("Status for skolehaver Kulturprisen Godkendelse af mødeplan"),
                "a definite noun before a typical first word is a title of its own");
    }

    @Test
    void aTitleDoesNotEndWithAPronoun() {
        assertEquals(List.of("Hvad ønsker vi Sønderby Kommune skal være - debat", "Godkendelse af dagsorden"),
                TitleRunSplitter.split("Hvad ønsker vi Sønderby Kommune skal være - debat Godkendelse af dagsorden"));
    }

    @Test
    void aSuspendedCompoundIsJudgedByItsLastPartAndCompoundsOfTitleWordsStartTitles() {
        assertEquals(List.of("Takster for Vestby Vand", "Natur- og Friluftspolitik"),
                TitleRunSplitter.split("Takster for Vestby Vand Natur- og Friluftspolitik"));
        assertEquals(List.of("Alarmanlæg for Brand og Redning", "Takstblad for udlejning"),
                TitleRunSplitter.split("Alarmanlæg for Brand og Redning Takstblad for udlejning"));
    }

    @Test
    void theNumberingAroundARunSaysHowManyTitlesItHolds() {
        String run = "Lån til Nørreby Andels Boligforening - afdeling 3 Kommuneplan Uddannelsesbyen Vestby "
                + "Sundhedspolitikken i Vestby Kommune";
        assertEquals(2, TitleRunSplitter.split(run).size(), "the rules alone");
        // one more title: the likeliest start, not a word that goes on a name ("Andels Boligforening")
        assertEquals(List.of("Lån til Nørreby Andels Boligforening - afdeling 3", "Kommuneplan Uddannelsesbyen Vestby",
                "Sundhedspolitikken i Vestby Kommune"), TitleRunSplitter.split(run, 3));
        assertEquals(List.of(run), TitleRunSplitter.split(run, 1), "one title: every cut undone");
        assertEquals(List.of("Godkendelse af dagsorden", "Budgetopfølgning 2026", "Anløb af færger"),
                TitleRunSplitter.split("Godkendelse af dagsorden Budgetopfølgning 2026 Anløb af færger", 5),
                "a lower-case word never starts a title, whatever the count");
    }

    @Test
    void aMunicipalitysGenitiveAfterANameStartsATitleAndAfterAPrepositionDoesNot() {
        assertEquals(List.of("Etablering af Sundhedshus Vestby", "Sønderby Kommunes skolepolitik",
                        "Forslag til kvalitetsstandard for Sønderby Kommunes tandpleje"),
                TitleRunSplitter.split("Etablering af Sundhedshus Vestby Sønderby Kommunes skolepolitik "
                        + "Forslag til kvalitetsstandard for Sønderby Kommunes tandpleje"));
    }

    @Test
    void aCapitalisedAdjectiveBeforeLowerCaseWordsStartsATitleAfterAName() {
        // "Aktiv" is a noun too: a word the dictionary reads as an adjective among others still starts the title
        assertEquals(List.of("Naturpleje ved Sønderhede", "Aktiv ferie for børn", "Budget 2027"),
                TitleRunSplitter.split("Naturpleje ved Sønderhede Aktiv ferie for børn Budget 2027"));
    }

    @Test
    void aWordEndingLikeAnAdjectiveTheDictionaryLacksIsAnOrdinaryWord() {
        // the dictionary knows neither "frivillig" nor "midlertidig": by their ending they are adjectives, not names
        assertEquals(List.of("Budget for svømmehallen", "Frivillig indsats på plejecentrene", "Kulturprisen"),
                TitleRunSplitter.split("Budget for svømmehallen Frivillig indsats på plejecentrene Kulturprisen"));
        assertEquals(List.of("Godkendelse af dagsorden", "Midlertidig lukning af Vestby Bibliotek"),
                TitleRunSplitter.split("Godkendelse af dagsorden Midlertidig lukning af Vestby Bibliotek"));
    }
}
