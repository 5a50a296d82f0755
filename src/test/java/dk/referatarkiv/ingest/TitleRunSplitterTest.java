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
        // a name the conversion lost leaves a title ending in "til"; the item's page prints it so before its case number
        String run = "Ønske om overdragelse af lejemålet til Forslag om nye takster for Lindby Kor Salg af byggegrunde";
        assertEquals(List.of("Ønske om overdragelse af lejemålet til Forslag om nye takster for Lindby Kor",
                "Salg af byggegrunde"), TitleRunSplitter.split(run, 0, TitleEnds.NONE));
        TitleEnds ends = TitleEnds.of(List.of(new SourceLine(7,
                "Side 6 Ønske om overdragelse af lejemålet til Sagsnr.: 26/311 Baggrund: Lejer har skrevet …", 0)));
        assertEquals(List.of("Ønske om overdragelse af lejemålet til", "Forslag om nye takster for Lindby Kor",
                "Salg af byggegrunde"), TitleRunSplitter.split(run, 0, ends));
        // the confirmed cut stays when the numbering asks for fewer titles
        assertEquals(List.of("Ønske om overdragelse af lejemålet til",
                "Forslag om nye takster for Lindby Kor Salg af byggegrunde"), TitleRunSplitter.split(run, 2, ends));
    }

    @Test
    void aConfirmedTitleEndsOnlyWhereTheNextTitleCanStartAndNoTitleStartsInsideIt() {
        TitleEnds shorter = TitleEnds.of(List.of(new SourceLine(3, "Udvidelse af skolen Sagsnr.: 26/5", 0)));
        assertEquals(List.of("Udvidelse af skolen i Vestby", "Plan for stierne"),
                TitleRunSplitter.split("Udvidelse af skolen i Vestby Plan for stierne", 0, shorter),
                "a preposition goes on the title");
        assertEquals(List.of("Udvidelse af skolen 2027", "Plan for stierne"),
                TitleRunSplitter.split("Udvidelse af skolen 2027 Plan for stierne", 0, shorter), "so does a year");
        // the page prints a title that the capitals would cut in two
        TitleEnds whole = TitleEnds.of(List.of(new SourceLine(3, "Tillæg 4 Boliger ved Engvej Sagsnr.: 26/9", 0)));
        assertEquals(List.of("Tillæg 4 Boliger ved Engvej", "Salg af byggegrunde"),
                TitleRunSplitter.split("Tillæg 4 Boliger ved Engvej Salg af byggegrunde", 0, whole));
    }

    @Test
    void aTitleAfterAConfirmedEndThatLostItsFirstNumberGetsItsCapitalBack() {
        // "2. kvartalsrapport" printed without its number: the page of the item before says where that one ends
        String run = "Besøg på Søholm Skole kvartalsrapport 2026, Teknisk Udvalg Salg af byggegrunde";
        TitleEnds ends = TitleEnds.of(List.of(new SourceLine(11, "5 21 Besøg på Søholm Skole Sagsnr.: 26/118", 0)));
        assertEquals(List.of("Besøg på Søholm Skole", "Kvartalsrapport 2026, Teknisk Udvalg", "Salg af byggegrunde"),
                TitleRunSplitter.split(run, 0, ends));
    }

    @Test
    void onlyAPagesWordsRightBeforeACaseNumberLabelWithItsColonConfirmATitle() {
        TitleEnds ends = TitleEnds.of(List.of(new SourceLine(1, "Indhold Pkt. Sagsnr. Side 1. Salg af jord", 0),
                new SourceLine(2, "12 Bilag Sagsnr.: 24/7", 0), new SourceLine(3, "Salg af byggegrunde J.nr: 24/8", 0)));
        assertFalse(ends.confirms("Salg af jord"), "a column heading without a colon is no label");
        assertFalse(ends.confirms("Bilag"), "one word before a label is as often a heading");
        assertTrue(ends.confirms("Salg af byggegrunde"));
        assertTrue(ends.confirms("af byggegrunde"), "any ending of two words or more: the run says where it starts");
        assertFalse(TitleEnds.NONE.confirms("Salg af byggegrunde"));
    }

    @Test
    void aNameSaidTwiceInARowIsTheEndOfOneTitleAndTheStartOfTheNext() {
        assertEquals(List.of("Halvårsregnskab for Kulturudvalget", "Kulturudvalget - plan for 2027", "Salg af byggegrunde"),
                TitleRunSplitter.split("Halvårsregnskab for Kulturudvalget Kulturudvalget - plan for 2027 Salg af byggegrunde"));
    }

    @Test
    void aNameWithItsNameWordAfterABodysNameStartsATitleWhenACommaOrDashGoesOn() {
        assertEquals(List.of("Tilskud 2026, Børne- og Skoleudvalget", "Vestby Museum, takster og tilskud",
                        "Salg af byggegrunde"),
                TitleRunSplitter.split("Tilskud 2026, Børne- og Skoleudvalget Vestby Museum, takster og tilskud "
                        + "Salg af byggegrunde"));
        // a body's name with its municipality is one name
        assertEquals(List.of("Aftale med Ældrerådet Lindby Kommune om besøgsvenner", "Salg af byggegrunde"),
                TitleRunSplitter.split("Aftale med Ældrerådet Lindby Kommune om besøgsvenner Salg af byggegrunde"));
    }

    @Test
    void anActionNounWithItsObjectRightAfterANounStartsATitleWhoseOrdinalWasLost() {
        assertEquals(List.of("Ny struktur for dagplejen", "Behandling af regler for takster 2027", "Salg af byggegrunde"),
                TitleRunSplitter.split("Ny struktur for dagplejen behandling af regler for takster 2027 Salg af byggegrunde"));
        // after an adjective the noun is the adjective's; after a genitive the genitive's
        assertEquals(List.of("Plan for kommunal rådgivning af nye virksomheder", "Salg af byggegrunde"),
                TitleRunSplitter.split("Plan for kommunal rådgivning af nye virksomheder Salg af byggegrunde"));
        assertEquals(List.of("Evaluering af borgeres vurdering af tilbuddet", "Salg af byggegrunde"),
                TitleRunSplitter.split("Evaluering af borgeres vurdering af tilbuddet Salg af byggegrunde"));
    }

    @Test
    void aCapitalisedWordAfterANumbersAbbreviationWithoutItsNumberStartsATitle() {
        assertEquals(List.of("Tillæg til regulativ nr", "Belysning på stierne - status", "Salg af byggegrunde"),
                TitleRunSplitter.split("Tillæg til regulativ nr Belysning på stierne - status Salg af byggegrunde"));
        // a capitalised "Nr." is a place's "Nørre"
        assertEquals(List.of("Tilskud til forsamlingshuset i Nr. Skov", "Salg af byggegrunde"),
                TitleRunSplitter.split("Tilskud til forsamlingshuset i Nr. Skov Salg af byggegrunde"));
    }
}
