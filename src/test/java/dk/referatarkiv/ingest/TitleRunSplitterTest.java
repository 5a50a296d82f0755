package dk.referatarkiv.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Agenda titles that a PDF-to-text conversion ran together with no separator, cut by the rules of Danish
 * capitalisation. The titles are made up; each case is one rule.
 */
class TitleRunSplitterTest {

    @Test
    void anOrdinaryCapitalisedWordAfterALowerCaseWordStartsATitle() {
        assertEquals(List.of("Godkendelse af dagsorden", "Vandløbsregulativ 2026", "Salg af byggegrunde"),
                TitleRunSplitter.split("Godkendelse af dagsorden Vandløbsregulativ 2026 Salg af byggegrunde"));
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
        assertEquals(List.of("Belysning i Store Hedeby", "Renovering af broen"),
                TitleRunSplitter.split("Belysning i Store Hedeby Renovering af broen"));
        assertEquals(List.of("Møde med Lindby Sejlklub"), TitleRunSplitter.split("Møde med Lindby Sejlklub"));
    }

    @Test
    void aBodysNameBelongsToTheTitleBeforeItAndCompletesIt() {
        assertEquals(List.of("Kvartalsopfølgning Socialudvalget", "Takster for madservice"),
                TitleRunSplitter.split("Kvartalsopfølgning Socialudvalget Takster for madservice"));
    }

    @Test
    void aTitleNeverEndsWithAPrepositionACommaOrAGenitive() {
        assertEquals(List.of("Støtte til Byens Musikskole, Sønderby Teater", "Regler for kommunens Julemarked"),
                TitleRunSplitter.split("Støtte til Byens Musikskole, Sønderby Teater Regler for kommunens Julemarked"));
    }

    @Test
    void aNameOfSeveralWordsAfterALowerCaseWordStartsATitleAndASingleOneDoesNot() {
        assertEquals(List.of("Revision af takstbladet", "Nordby Andelsboliger - lån til tag"),
                TitleRunSplitter.split("Revision af takstbladet Nordby Andelsboliger - lån til tag"));
        assertEquals(List.of("Vedligehold af stier Møllevej samt bænke"),
                TitleRunSplitter.split("Vedligehold af stier Møllevej samt bænke"));
    }

    @Test
    void acronymsAndDefiniteNounsAfterANameDoNotStartATitle() {
        assertEquals(List.of("Tilskud til GPS-udstyr til hjemmeplejen", "Status på Egeskovskolen"),
                TitleRunSplitter.split("Tilskud til GPS-udstyr til hjemmeplejen Status på Egeskovskolen"));
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
        assertEquals(List.of("Lejekontrakt Musikforeningen Tonen, Hedeby", "Tilskud til Hedeby Kor"),
                TitleRunSplitter.split("Lejekontrakt Musikforeningen Tonen, Hedeby Tilskud til Hedeby Kor"));
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
    void aQuestionMarkEndsATitleWhateverTheWordBeforeIt() {
        // an adjective ends no title, unless a question or exclamation mark closes it
        assertEquals(List.of("Er planen realistisk?", "Orientering om budget"),
                TitleRunSplitter.split("Er planen realistisk? Orientering om budget"));
        assertEquals(List.of("Kom og vær med!", "Status på byggeriet"),
                TitleRunSplitter.split("Kom og vær med! Status på byggeriet"));
    }

    @Test
    void anAdjectiveCoordinatedWithANounIsANounThatEndsATitle() {
        assertEquals(List.of("Tilbud til familier og hjemløse", "Nordby Skole - ombygning"),
                TitleRunSplitter.split("Tilbud til familier og hjemløse Nordby Skole - ombygning"));
        // coordinated with an adjective it still stands before what it describes
        assertEquals(List.of("Den sårbare og udsatte Gruppe"), TitleRunSplitter.split("Den sårbare og udsatte Gruppe"));
    }

    @Test
    void aCompanyFormKeepsATypicalFirstWordInTheCompanysName() {
        assertEquals(List.of("Aftale om vejbelysning", "Lindholt Gadebelysning A/S"),
                TitleRunSplitter.split("Aftale om vejbelysning Lindholt Gadebelysning A/S"));
    }

    @Test
    void aSuspendedCompoundIsJudgedByItsLastPartAndCompoundsOfTitleWordsStartTitles() {
        assertEquals(List.of("Gebyrer for Lindby Vandlaug", "Idræts- og Bevægelsesstrategi"),
                TitleRunSplitter.split("Gebyrer for Lindby Vandlaug Idræts- og Bevægelsesstrategi"));
        assertEquals(List.of("Nye dragter til Musik og Dans", "Takstblad for lokaleleje"),
                TitleRunSplitter.split("Nye dragter til Musik og Dans Takstblad for lokaleleje"));
    }

    @Test
    void theNumberingAroundARunSaysHowManyTitlesItHolds() {
        String run = "Garanti for Hedeby Fjernvarme Andelsselskab - etape 2 Masterplan Havnebyen Lindby "
                + "Klimaplanen for Lindby Kommune";
        assertEquals(2, TitleRunSplitter.split(run).size(), "the rules alone");
        // one more title: the likeliest start, not a word that goes on a name ("Fjernvarme Andelsselskab")
        assertEquals(List.of("Garanti for Hedeby Fjernvarme Andelsselskab - etape 2", "Masterplan Havnebyen Lindby",
                "Klimaplanen for Lindby Kommune"), TitleRunSplitter.split(run, 3));
        assertEquals(List.of(run), TitleRunSplitter.split(run, 1), "one title: every cut undone");
        assertEquals(List.of("Godkendelse af dagsorden", "Vandløbsregulativ 2026", "Salg af byggegrunde"),
                TitleRunSplitter.split("Godkendelse af dagsorden Vandløbsregulativ 2026 Salg af byggegrunde", 5),
                "a lower-case word never starts a title, whatever the count");
    }

    @Test
    void aMunicipalitysGenitiveAfterANameStartsATitleAndAfterAPrepositionDoesNot() {
        assertEquals(List.of("Udvidelse af Idrætscenter Lindby", "Hedeby Kommunes kulturpolitik",
                        "Plan for renovering af Hedeby Kommunes veje"),
                TitleRunSplitter.split("Udvidelse af Idrætscenter Lindby Hedeby Kommunes kulturpolitik "
                        + "Plan for renovering af Hedeby Kommunes veje"));
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

    @Test
    void aTitleThatAnItemsOwnPagePrintsWholeEndsWhereThePageEndsIt() {
        // a name the conversion lost leaves a title ending in "af"; the item's page prints it so before its case number
        String run = "Hanne Kjærsgaard anmoder om fritagelse som medlem af Anmodning om tilskud til Lindby Kor Salg af byggegrunde";
        assertEquals(List.of("Hanne Kjærsgaard anmoder om fritagelse som medlem af Anmodning om tilskud til Lindby Kor",
                "Salg af byggegrunde"), TitleRunSplitter.split(run, 0, TitleEnds.NONE));
        TitleEnds ends = TitleEnds.of(List.of(new SourceLine(7,
                "3 Side 4 Hanne Kjærsgaard anmoder om fritagelse som medlem af J.nr.: A00 Sagsfremstilling: Hanne Kjærsgaard har meddelt …", 0)));
        assertEquals(List.of("Hanne Kjærsgaard anmoder om fritagelse som medlem af", "Anmodning om tilskud til Lindby Kor",
                "Salg af byggegrunde"), TitleRunSplitter.split(run, 0, ends));
        // the confirmed cut stays when the numbering asks for fewer titles
        assertEquals(List.of("Hanne Kjærsgaard anmoder om fritagelse som medlem af",
                "Anmodning om tilskud til Lindby Kor Salg af byggegrunde"), TitleRunSplitter.split(run, 2, ends));
    }

    @Test
    void aTitleAfterAConfirmedEndThatLostItsFirstNumberGetsItsCapitalBack() {
        // "1. budgetopfølgning" printed without its number: the page of the item before says where that one ends
        String run = "Besøg på Søholm Skole budgetopfølgning 2026, Kulturudvalget Salg af byggegrunde";
        TitleEnds ends = TitleEnds.of(List.of(new SourceLine(11, "4 36 Besøg på Søholm Skole Sagsnr.: 24/118", 0)));
        assertEquals(List.of("Besøg på Søholm Skole", "Budgetopfølgning 2026, Kulturudvalget", "Salg af byggegrunde"),
                TitleRunSplitter.split(run, 0, ends));
    }

    @Test
    void onlyAPagesWordsRightBeforeACaseNumberLabelWithItsColonConfirmATitle() {
        TitleEnds ends = TitleEnds.of(List.of(new SourceLine(1, "Indholdsfortegnelse Sidenr Sagsnr. Side 1. Salg af jord", 0),
                new SourceLine(2, "12 Bilag Sagsnr.: 24/7", 0), new SourceLine(3, "Salg af byggegrunde J.nr: 24/8", 0)));
        assertFalse(ends.confirms("Salg af jord"), "a column heading without a colon is no label");
        assertFalse(ends.confirms("Bilag"), "one word before a label is as often a heading");
        assertTrue(ends.confirms("Salg af byggegrunde"));
        assertTrue(ends.confirms("af byggegrunde"), "any ending of two words or more: the run says where it starts");
        assertFalse(TitleEnds.NONE.confirms("Salg af byggegrunde"));
    }

    @Test
    void aNameSaidTwiceInARowIsTheEndOfOneTitleAndTheStartOfTheNext() {
        assertEquals(List.of("Budgetkontrol for Udvalget for Teknik", "Udvalget for Teknik - årsberetning 2025",
                        "Salg af byggegrunde"),
                TitleRunSplitter.split("Budgetkontrol for Udvalget for Teknik Udvalget for Teknik - årsberetning 2025 "
                        + "Salg af byggegrunde"));
    }

    @Test
    void aNameWithItsNameWordAfterABodysNameStartsATitle() {
        assertEquals(List.of("Regnskab 2025, Kultur- og Fritidsudvalget", "Lindby Teater, regnskab og budget",
                        "Salg af byggegrunde"),
                TitleRunSplitter.split("Regnskab 2025, Kultur- og Fritidsudvalget Lindby Teater, regnskab og budget "
                        + "Salg af byggegrunde"));
        // a municipality's name alone is no title: it stays with the body's
        assertEquals(List.of("Årsberetning Økonomiudvalget Sønderby Kommune", "Salg af byggegrunde"),
                TitleRunSplitter.split("Årsberetning Økonomiudvalget Sønderby Kommune Salg af byggegrunde"));
    }

    @Test
    void anActionNounWithItsObjectRightAfterANounStartsATitleWhoseOrdinalWasLost() {
        assertEquals(List.of("Forslag om ændringer i klubtilbuddet", "Behandling af forslag til budget 2027",
                        "Salg af byggegrunde"),
                TitleRunSplitter.split("Forslag om ændringer i klubtilbuddet behandling af forslag til budget 2027 "
                        + "Salg af byggegrunde"));
        // after an adjective the noun is the adjective's
        assertEquals(List.of("Projektforslag om kollektiv varmeforsyning af erhvervsområdet", "Salg af byggegrunde"),
                TitleRunSplitter.split("Projektforslag om kollektiv varmeforsyning af erhvervsområdet Salg af byggegrunde"));
    }

    @Test
    void aCapitalisedWordAfterANumbersAbbreviationWithoutItsNumberStartsATitle() {
        assertEquals(List.of("Lokalplan nr og kommuneplantillæg nr", "Parkering i bymidten - status",
                        "Salg af byggegrunde"),
                TitleRunSplitter.split("Lokalplan nr og kommuneplantillæg nr Parkering i bymidten - status "
                        + "Salg af byggegrunde"));
        assertEquals(List.of("Lokalplan nr. 12 for Søholm Strand"),
                TitleRunSplitter.split("Lokalplan nr. 12 for Søholm Strand"));
    }
}
