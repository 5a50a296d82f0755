package dk.referatarkiv.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contents that a PDF-to-text conversion ran into one line, cut back into entries only on repeated separators. */
class ContentsLineSplitterTest {

    @Test
    void numbersInSequenceCutEntriesAndNumbersInsideTitlesDoNot() {
        assertEquals(List.of("1. Lokalplan 264 for et erhvervsområde", "2. Kommuneplantillæg 17/2013 for et område",
                        "3. Lokalplan 259 ved Virum Station", "4. Regulativ for husholdningsaffald 2016"),
                ContentsLineSplitter.split("1. Lokalplan 264 for et erhvervsområde 2. Kommuneplantillæg 17/2013 for et "
                        + "område 3. Lokalplan 259 ved Virum Station 4. Regulativ for husholdningsaffald 2016"));
    }

    @Test
    void aMissingNumberIsSkippedAndPageNumbersAreAColumn() {
        assertEquals(List.of("1 Udpegning til bestyrelsen", "2 Nye medlemmer til rådet", "3 Strategiplan",
                        "5 Analyse af driftsfællesskaber"),
                ContentsLineSplitter.split("Pkt. Tekst Side 1 Udpegning til bestyrelsen 5 2 Nye medlemmer til rådet 6 "
                        + "3 Strategiplan 9 5 Analyse af driftsfællesskaber 14"));
    }

    @Test
    void openAndClosedColumnsEndEntries() {
        assertEquals(List.of("1. Tønderingvej - vejanlæg", "Områdefornyelse i Durup", "Lukket - Salg af ejendom",
                        "Planstrategi 2009"),
                ContentsLineSplitter.split("Sag nr.: Emne 1. Tønderingvej - vejanlæg Åbent Områdefornyelse i Durup Åbent "
                        + "Salg af ejendom Lukket Planstrategi 2009 Åbent"));
    }

    @Test
    void repeatedCommitteeCodesStartEntries() {
        assertEquals(List.of("1. KB - Spørgetid", "KB - Godkendelse af dagsorden", "ØU - Årsrapport",
                        "Lukket - TM - Udbud af affaldsbeholdere...42"),
                ContentsLineSplitter.split("1. KB - Spørgetid KB - Godkendelse af dagsorden ØU - Årsrapport "
                        + "Lukket - TM - Udbud af affaldsbeholdere...42"));
    }

    @Test
    void titlesWithoutSeparatorsAreNotGuessed() {
        assertEquals(List.of(), ContentsLineSplitter.split("1. Godkendelse af dagsorden Orientering fra formanden "
                + "Halvårsregnskab Erhvervsudvalget Forslag til budgetbemærkninger"));
    }

    @Test
    void theLastEntryIsLeftOutWhenTheFileEndsInsideIt() {
        String contents = "1. Lokalplan 264 2. Kommuneplantillæg 17 3. Regulativ for affald 4. Anmodning fra Morten Nor";
        assertEquals(4, ContentsLineSplitter.split(contents, false).size());
        assertEquals(3, ContentsLineSplitter.split(contents, true).size());
        assertEquals(3, ContentsLineSplitter.split("1. A-sag 2. B-sag 3. C-sag...42", true).size());
    }
}
