package dk.referatarkiv.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contents that a PDF-to-text conversion ran into one line, cut back into entries only on repeated separators. */
class ContentsLineSplitterTest {

    @Test
    void numbersInSequenceCutEntriesAndNumbersInsideTitlesDoNot() {
        assertEquals(List.of("1. Lokalplan 88 for et erhvervsområde", "2. Kommuneplantillæg 4/2019 for et område",
                        "3. Lokalplan 91 ved stationen", "4. Regulativ for affald 2020"),
                ContentsLineSplitter.split("1. Lokalplan 88 for et erhvervsområde 2. Kommuneplantillæg 4/2019 for et "
                        + "område 3. Lokalplan 91 ved stationen 4. Regulativ for affald 2020"));
    }

    @Test
    void aMissingNumberIsSkippedAndPageNumbersAreAColumn() {
        assertEquals(List.of("1 Nyt medlem af Handicaprådet", "2 Takster for hjemmepleje", "3 Skolestruktur",
                        "5 Vejbelysning i Lindby"),
                ContentsLineSplitter.split("Pkt. Tekst Side 1 Nyt medlem af Handicaprådet 3 2 Takster for hjemmepleje 4 "
                        + "3 Skolestruktur 8 5 Vejbelysning i Lindby 12"));
    }

    @Test
    void openAndClosedColumnsEndEntries() {
        assertEquals(List.of("1. Cykelsti langs Søvej", "Legeplads i Nordby", "Lukket - Køb af grund",
                        "Trafiksikkerhedsplan 2012"),
                ContentsLineSplitter.split("Nr. Titel 1. Cykelsti langs Søvej Åbent Legeplads i Nordby Åbent "
                        + "Køb af grund Lukket Trafiksikkerhedsplan 2012 Åbent"));
    }

    @Test
    void repeatedCommitteeCodesStartEntries() {
        assertEquals(List.of("1. SU - Meddelelser", "SU - Nye takster for madservice", "KF - Kulturnat 2021",
                        "Lukket - TU - Køb af skraldebiler...23"),
                ContentsLineSplitter.split("1. SU - Meddelelser SU - Nye takster for madservice KF - Kulturnat 2021 "
                        + "Lukket - TU - Køb af skraldebiler...23"));
    }

    @Test
    void titlesWithoutAnySeparatorAreCutWhereTitlesStartAndNumberedOnFromTheFirst() {
        assertEquals(List.of("1. Godkendelse af dagsorden", "2. Status på byggeriet", "3. Kvartalsopfølgning Børneudvalget",
                        "4. Takster for dagpleje"),
                ContentsLineSplitter.split("Pkt. Side 1. Godkendelse af dagsorden Status på byggeriet "
                        + "Kvartalsopfølgning Børneudvalget Takster for dagpleje"));
        assertEquals(List.of("Godkendelse af dagsorden", "Status på byggeriet", "Eventuelt"),
                ContentsLineSplitter.split("Godkendelse af dagsorden Status på byggeriet Eventuelt"), "no number, none made up");
    }

    @Test
    void titlesRunTogetherBeforeOneLeaderAreCutAndKeepTheLeaderOnTheLast() {
        assertEquals(List.of("1. Godkendelse af dagsorden", "2. Meddelelser fra borgmesteren", "3. Næste møde...7"),
                ContentsLineSplitter.splitTitleRun("Pkt. Side 1. Godkendelse af dagsorden Meddelelser fra borgmesteren "
                        + "Næste møde...7", TitleEnds.NONE));
    }

    @Test
    void theLastEntryIsLeftOutWhenTheFileEndsInsideIt() {
        String contents = "1. Lokalplan 88 2. Kommuneplantillæg 4 3. Regulativ for affald 4. Anmodning fra Lise Bo";
        assertEquals(4, ContentsLineSplitter.split(contents, false, TitleEnds.NONE).size());
        assertEquals(3, ContentsLineSplitter.split(contents, true, TitleEnds.NONE).size());
        assertEquals(3, ContentsLineSplitter.split("1. A-sag 2. B-sag 3. C-sag...42", true, TitleEnds.NONE).size());
    }

    @Test
    void anEntryWhosePageNumberTheExcerptCutOffAfterItsLeadersIsKept() {
        // the leaders follow a complete title: only the page number is lost
        assertEquals(List.of("1. A-sag...4", "2. B-sag...7", "3. Underskriftsside........."),
                ContentsLineSplitter.split("1. A-sag...4 2. B-sag...7 3. Underskriftsside.........", true, TitleEnds.NONE));
        assertEquals(List.of("1. A-sag…4", "2. B-sag…7", "3. C-sag……"),
                ContentsLineSplitter.split("1. A-sag…4 2. B-sag…7 3. C-sag……", true, TitleEnds.NONE));
    }

    @Test
    void anEntryPushedOutOfItsNumberCellStartsAfterThePageNumberBeforeIt() {
        // a wrapped title cell prints item 7's number and page after its first line; item 10 is cut off by the excerpt
        assertEquals(List.of("5 Budget for Søholm Havn (Beslutning)", "6 Ny skolestruktur (Beslutning)",
                        "7 Helhedsplan for bymidten i Lindby (Beslutning)", "8 Vinterbadning ved stranden (Beslutning)",
                        "9 Bevilling til Hedeby Museum (beslutning)"),
                ContentsLineSplitter.split("5 Budget for Søholm Havn (Beslutning) 6 6 Ny skolestruktur (Beslutning) "
                        + "9 Helhedsplan for bymidten i Lindby 7 13 (Beslutning) 8 Vinterbadning ved stranden (Beslutning) 16 "
                        + "9 Bevilling til Hedeby Museum (beslutning) 21 Renovering af tag og facader på 10 24 Rådhuset", true, TitleEnds.NONE));
        assertEquals(List.of("1 Lokalplan 31 Rækkehuse ved Møllevej", "2 Vandtakster 2025", "3 Plan for genbrugspladsen"),
                ContentsLineSplitter.split("1 Lokalplan 31 Rækkehuse ved Møllevej 3 2 Vandtakster 2025 7 "
                        + "3 Plan for genbrugspladsen 11"), "a number inside a title that does not fit the pages stays");
    }

    @Test
    void markersReadAsAColumnBeforeTheirTitlesGetTheTitlesInOrder() {
        assertEquals(List.of("Åben dagsorden", "Punkt 5 Godkendelse af dagsorden", "Punkt 6 Ny skolestruktur",
                        "Punkt 7 Køb af jord", "Punkt 8 Salg af byggegrunde ved Møllevej", "Punkt 9 Regnskab 2023"),
                ContentsLineSplitter.split("Åben dagsorden Punkt 5 Godkendelse af dagsorden Punkt 6 Punkt 7 "
                        + "Punkt 8 Ny skolestruktur Køb af jord Salg af byggegrunde ved Møllevej "
                        + "Punkt 9 Regnskab 2023 Side 3 af 17"));
    }

    @Test
    void anEntryBeforeAMissingNumberHoldsTheMissingEntrysTitle() {
        assertEquals(List.of("1 Nyt medlem af Handicaprådet", "2 Takster for hjemmepleje",
                        "3 Plan for Hedeby Kommunes stier", "4 Regler for tildeling af kulturprisen",
                        "5 Vejbelysning i Lindby"),
                ContentsLineSplitter.split("Pkt. Tekst Side 1 Nyt medlem af Handicaprådet 3 2 Takster for hjemmepleje 4 "
                        + "3 Plan for Hedeby Kommunes stier Regler for tildeling af kulturprisen 10 "
                        + "5 Vejbelysning i Lindby 12"));
    }

    @Test
    void aLaterNumberThatSurvivedCountsTheTitlesBeforeItAndItsPartHeadingStaysALine() {
        assertEquals(List.of("31. Valg af ny næstformand", "32. Kvartalsrapport for ældreområdet",
                        "33. Anlægsregnskab for Lindby Skole", "34. Masterplan Havnebyen Søholm",
                        "35. Klimaplanen for Søholm Kommune", "LUKKET MØDE", "36. Køb af jord ved Møllevej"),
                ContentsLineSplitter.split("Sag nr. Side 31. Valg af ny næstformand Kvartalsrapport for ældreområdet "
                        + "Anlægsregnskab for Lindby Skole Masterplan Havnebyen Søholm Klimaplanen for "
                        + "Søholm Kommune LUKKET MØDE 36. Køb af jord ved Møllevej"));
        assertEquals(List.of("31. Valg af ny næstformand", "32. Lokalplan 118.", "33. Rækkehuse ved Møllevej",
                        "34. Anlægsregnskab for Lindby Skole"),
                ContentsLineSplitter.split("31. Valg af ny næstformand Lokalplan 118. Rækkehuse ved Møllevej "
                        + "Anlægsregnskab for Lindby Skole"), "a number the titles before it cannot reach numbers nothing");
        assertEquals(List.of("1. Godkendelse af dagsorden", "2. Meddelelser fra formanden",
                        "3. Kvartalsrapport 3. kvartal 2024", "4. Budget 2025"),
                ContentsLineSplitter.split("1. Godkendelse af dagsorden Meddelelser fra formanden Kvartalsrapport "
                        + "3. kvartal 2024 Budget 2025"), "an ordinal before a lower-case word is no item number");
    }

    @Test
    void aMissingNumberCutsNoTitleWhereNoTitleCanStart() {
        // item 4 was withdrawn: no word of entry 3 can start a title ("for", a name, a genitive going on a name)
        assertEquals(List.of("1 Nyt medlem af Handicaprådet", "2 Takster for hjemmepleje",
                        "3 Plan for Hedeby Kommunes stier", "5 Vejbelysning i Lindby"),
                ContentsLineSplitter.split("Pkt. Tekst Side 1 Nyt medlem af Handicaprådet 3 2 Takster for hjemmepleje 4 "
                        + "3 Plan for Hedeby Kommunes stier 10 5 Vejbelysning i Lindby 12"));
    }
}
