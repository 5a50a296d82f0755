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
        assertEquals(List.of("1 Valg til bestyrelsen", "2 Nye medlemmer af rådet", "3 Visionsplan",
                        "5 Analyse af fællesdrift"),
                ContentsLineSplitter.split("Pkt. Tekst Side 1 Valg til bestyrelsen 5 2 Nye medlemmer af rådet 6 "
                        + "3 Visionsplan 9 5 Analyse af fællesdrift 14"));
    }

    @Test
    void openAndClosedColumnsEndEntries() {
        assertEquals(List.of("1. Møllevej - vejanlæg", "Byfornyelse i Sønderby", "Lukket - Salg af ejendom",
                        "Planstrategi 2015"),
                ContentsLineSplitter.split("Sag nr.: Emne 1. Møllevej - vejanlæg Åbent Byfornyelse i Sønderby Åbent "
                        + "Salg af ejendom Lukket Planstrategi 2015 Åbent"));
    }

    @Test
    void repeatedCommitteeCodesStartEntries() {
        assertEquals(List.of("1. BY - Spørgetid", "BY - Godkendelse af dagsorden", "ØK - Årsrapport",
                        "Lukket - TE - Udbud af vejsalt...17"),
                ContentsLineSplitter.split("1. BY - Spørgetid BY - Godkendelse af dagsorden ØK - Årsrapport "
                        + "Lukket - TE - Udbud af vejsalt...17"));
    }

    @Test
    void titlesWithoutAnySeparatorAreCutWhereTitlesStartAndNumberedOnFromTheFirst() {
        assertEquals(List.of("1. Godkendelse af dagsorden", "2. Nyt fra formanden", "3. Kvartalsregnskab Turismeudvalget",
                        "4. Forslag til budgettekster"),
                ContentsLineSplitter.split("Pkt. Side 1. Godkendelse af dagsorden Nyt fra formanden "
                        + "Kvartalsregnskab Turismeudvalget Forslag til budgettekster"));
        assertEquals(List.of("Godkendelse af dagsorden", "Nyt fra formanden", "Eventuelt"),
                ContentsLineSplitter.split("Godkendelse af dagsorden Nyt fra formanden Eventuelt"), "no number, none made up");
    }

    @Test
    void titlesRunTogetherBeforeOneLeaderAreCutAndKeepTheLeaderOnTheLast() {
        assertEquals(List.of("1. Godkendelse af dagsorden", "2. Meddelelser fra borgmesteren", "3. Næste møde...19"),
                ContentsLineSplitter.splitTitleRun("Pkt. Side 1. Godkendelse af dagsorden Meddelelser fra borgmesteren "
                        + "Næste møde...19"));
    }

    @Test
    void theLastEntryIsLeftOutWhenTheFileEndsInsideIt() {
        String contents = "1. Lokalplan 88 2. Kommuneplantillæg 4 3. Regulativ for affald 4. Anmodning fra Lise Bo";
        assertEquals(4, ContentsLineSplitter.split(contents, false).size());
        assertEquals(3, ContentsLineSplitter.split(contents, true).size());
        assertEquals(3, ContentsLineSplitter.split("1. A-sag 2. B-sag 3. C-sag...42", true).size());
    }

    @Test
    void anEntryWhosePageNumberTheExcerptCutOffAfterItsLeadersIsKept() {
        // the leaders follow a complete title: only the page number is lost
        assertEquals(List.of("1. A-sag...4", "2. B-sag...7", "3. Underskriftsside........."),
                ContentsLineSplitter.split("1. A-sag...4 2. B-sag...7 3. Underskriftsside.........", true));
        assertEquals(List.of("1. A-sag…4", "2. B-sag…7", "3. C-sag……"),
                ContentsLineSplitter.split("1. A-sag…4 2. B-sag…7 3. C-sag……", true));
    }

    @Test
    void anEntryPushedOutOfItsNumberCellStartsAfterThePageNumberBeforeIt() {
        // a wrapped title cell prints item 5's number and page after its first line; item 6 is cut off by the excerpt
        assertEquals(List.of("3 Vandtakster 2026 (Beslutning)", "4 Lokalplan 12 for Skovvej (Beslutning)",
                        "5 Trafikplan for Nørreby (Beslutning)", "6 Navngivning af ny vej (Beslutning)",
                        "7 Busplan for Vestby (beslutning)"),
                ContentsLineSplitter.split("3 Vandtakster 2026 (Beslutning) 8 4 Lokalplan 12 for Skovvej (Beslutning) "
                        + "11 Trafikplan for Nørreby 5 14 (Beslutning) 6 Navngivning af ny vej (Beslutning) 19 "
                        + "7 Busplan for Vestby (beslutning) 22 Nye regler for vinterbekæmpelse på 8 25 Skovvej", true));
        assertEquals(List.of("1 Lokalplan 12 Boliger ved Skovvej", "2 Takster 2026", "3 Regulativ for affald"),
                ContentsLineSplitter.split("1 Lokalplan 12 Boliger ved Skovvej 4 2 Takster 2026 9 "
                        + "3 Regulativ for affald 12"), "a number inside a title that does not fit the pages stays");
    }

    @Test
    void markersReadAsAColumnBeforeTheirTitlesGetTheTitlesInOrder() {
        assertEquals(List.of("Åben dagsorden", "Sag nr. 21 Godkendelse af dagsorden", "Sag nr. 22 Budgetopfølgning 2026",
                        "Sag nr. 23 Anløb af færger", "Sag nr. 24 Salg af areal ved Skovvej", "Sag nr. 25 Regnskab 2025"),
                ContentsLineSplitter.split("Åben dagsorden Sag nr. 21 Godkendelse af dagsorden Sag nr. 22 Sag nr. 23 "
                        + "Sag nr. 24 Budgetopfølgning 2026 Anløb af færger Salg af areal ved Skovvej "
                        + "Sag nr. 25 Regnskab 2025 Side 2 af 40"));
    }

    @Test
    void anEntryBeforeAMissingNumberHoldsTheMissingEntrysTitle() {
        assertEquals(List.of("1 Valg til bestyrelsen", "2 Nye medlemmer af rådet",
                        "3 Godkendelse af Vestby Kommunes visionsplan", "4 Godkendelse af retningslinjer for prisen",
                        "5 Analyse af fællesdrift"),
                ContentsLineSplitter.split("Pkt. Tekst Side 1 Valg til bestyrelsen 5 2 Nye medlemmer af rådet 6 "
                        + "3 Godkendelse af Vestby Kommunes visionsplan Godkendelse af retningslinjer for prisen 11 "
                        + "5 Analyse af fællesdrift 14"));
    }

    @Test
    void aLaterNumberThatSurvivedCountsTheTitlesBeforeItAndItsPartHeadingStaysALine() {
        assertEquals(List.of("12. Fritagelse fra udvalgsposter", "13. Direktionens årsmål",
                        "14. Anlægsregnskab for Vestby Hallen", "15. Kommuneplan Uddannelsesbyen Vestby",
                        "16. Sundhedspolitikken i Vestby Kommune", "LUKKET MØDE", "17. Salg af areal ved Skovvej"),
                ContentsLineSplitter.split("Sag nr. Side 12. Fritagelse fra udvalgsposter Direktionens årsmål "
                        + "Anlægsregnskab for Vestby Hallen Kommuneplan Uddannelsesbyen Vestby Sundhedspolitikken i "
                        + "Vestby Kommune LUKKET MØDE 17. Salg af areal ved Skovvej"));
        assertEquals(List.of("12. Fritagelse fra udvalgsposter", "13. Lokalplan 273.", "14. Boliger ved Skovvej",
                        "15. Anlægsregnskab for Vestby Hallen"),
                ContentsLineSplitter.split("12. Fritagelse fra udvalgsposter Lokalplan 273. Boliger ved Skovvej "
                        + "Anlægsregnskab for Vestby Hallen"), "a number the titles before it cannot reach numbers nothing");
        assertEquals(List.of("1. Godkendelse af dagsorden", "2. Meddelelser fra formanden",
                        "3. Kvartalsrapport 3. kvartal 2024", "4. Budget 2025"),
                ContentsLineSplitter.split("1. Godkendelse af dagsorden Meddelelser fra formanden Kvartalsrapport "
                        + "3. kvartal 2024 Budget 2025"), "an ordinal before a lower-case word is no item number");
    }

    @Test
    void aMissingNumberCutsNoTitleWhereNoTitleCanStart() {
        // item 4 was withdrawn: no word of entry 3 can start a title ("af", a name, a genitive going on a name)
        assertEquals(List.of("1 Valg til bestyrelsen", "2 Nye medlemmer af rådet",
                        "3 Godkendelse af Vestby Kommunes visionsplan", "5 Analyse af fællesdrift"),
                ContentsLineSplitter.split("Pkt. Tekst Side 1 Valg til bestyrelsen 5 2 Nye medlemmer af rådet 6 "
                        + "3 Godkendelse af Vestby Kommunes visionsplan 11 5 Analyse af fællesdrift 14"));
    }
}
