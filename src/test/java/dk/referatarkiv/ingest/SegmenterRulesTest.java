package dk.referatarkiv.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One rule of the segmenter or the header reader per test, each on a short made-up page in the shape real
 * publishing systems print (the real files are scored by parse-eval).
 */
class SegmenterRulesTest {

    private final MinutesParser parser = new MinutesParser();

    private Meeting parse(String text) {
        return parser.parse("test.txt", text).meeting();
    }

    private static List<String> titles(Meeting m) {
        return m.items().stream().map(AgendaItem::title).toList();
    }

    @Test
    void aNumberedTitleMayStartLikeASectionHeading() {
        Meeting m = parse("""
                Handicaprådet
                Onsdag den 25-10-2017 kl. 16:15
                Indholdsfortegnelse:
                36 Høring: Forslag til lokalplan 12 for boliger
                37 Høring: Lokalplan 15 for hotel
                38 Forretningsorden for Handicaprådet

                36. Høring: Forslag til lokalplan 12 for boliger
                Sagsfremstilling
                Rådet afgiver høringssvar.
                """);
        assertEquals(List.of("Høring: Forslag til lokalplan 12 for boliger", "Høring: Lokalplan 15 for hotel",
                "Forretningsorden for Handicaprådet"), titles(m));
        assertEquals(36, m.items().get(0).number());
    }

    @Test
    void aNumberedListInsideAnItemIsNotContents() {
        Meeting m = parse("""
                Referat
                Dato: 7. august 2019
                Udvalg: Byrådet
                Pkt. 175 Beslutninger om dagsordenen
                Sagsnr. 295846
                Godkendt.
                Pkt. 176 Omkonstituering af udvalg
                Sagsnr. 321420
                Indstilling
                Forvaltningen indstiller, at
                1. Anders Holm udtræder af Økonomiudvalget
                2. Bente Lund udtræder af Teknikudvalget
                3. Carl Ravn indtræder i Teknikudvalget
                Beslutning
                Godkendt.
                """);
        assertEquals(List.of("Beslutninger om dagsordenen", "Omkonstituering af udvalg"), titles(m));
        assertTrue(m.item(176).orElseThrow().section(SectionKind.INDSTILLING).orElseThrow().text()
                .contains("3. Carl Ravn indtræder"));
    }

    @Test
    void twoItemsMayShareATitleAndAListedNumberInATitleStays() {
        Meeting m = parse("""
                Referat
                Dato: 8. oktober 2019
                Udvalg: Kommunalbestyrelsen
                Pkt. Tekst
                313 Godkendelse af dagsorden
                314 1. behandling af budget 2020-23
                315 Salg af areal
                316 Salg af areal

                313. Godkendelse af dagsorden
                Beslutning
                Godkendt.
                """);
        assertEquals(List.of("Godkendelse af dagsorden", "1. behandling af budget 2020-23", "Salg af areal",
                "Salg af areal"), titles(m));
    }

    @Test
    void aContentsEntryCutByTheEndOfTheFileIsNoItem() {
        Meeting m = parse("""
                Åbent referat for Byrådet
                Mødedato 11.08.2008
                Indholdsfortegnelse:
                191. Kostpolitik for kommunen ..................... 457
                192. Sundhedsfremme og forebyggelse af sygdom &

                forebyggelse....................................... 461
                193. Udvidet åbningstid i SFO ...................... 470
                194. Endelig vedtagelse af lokalplan B9 for et område
                """);
        assertEquals(List.of("Kostpolitik for kommunen", "Sundhedsfremme og forebyggelse af sygdom & forebyggelse",
                "Udvidet åbningstid i SFO"), titles(m));
    }

    @Test
    void pageNumbersWithoutLeadersStillEndContentsEntries() {
        assertEquals(List.of("Garanti til renovering i Boligselskabet 8",
                        "Lokalplan 071 for boliger 10",
                        "Beslutning om fredningsforslag...... 13"),
                MinutesParser.cutAtPageNumbers(
                        "Garanti til renovering i Boligselskabet 8 Lokalplan 071 for boliger 10 "
                                + "Beslutning om fredningsforslag...... 13", 6));
        // a number outside the pages before and after is part of a title
        assertEquals(List.of("Budget 2023 Godkendelse af takster...... 13"),
                MinutesParser.cutAtPageNumbers("Budget 2023 Godkendelse af takster...... 13", 6));
    }

    @Test
    void sectionsThatStartOverAreANewItem() {
        Meeting m = parse("""
                Erhvervsudvalget
                Referat • 14. august 2024 kl. 15.30
                Beslutning i Erhvervsudvalget den 14-08-2024
                Dagsorden godkendt.
                Beslutningstema
                Budgettema til budget 2025
                Indstilling
                Direktionen indstiller, at temaet sendes videre.
                Beslutning i Erhvervsudvalget den 14-08-2024
                Godkendt.
                Beslutningstema
                Bygningerne på havnen udlejes i dag.
                Indstilling
                Direktionen indstiller, at analysen tages til efterretning.
                """);
        assertEquals(3, m.items().size());
        assertEquals("Erhvervsudvalget", m.body());
    }

    @Test
    void aPageWithOneItemAndADecisionEarlyIsNotSplit() {
        Meeting m = parse("""
                Mødedato: 5. april 2019
                Godkendelse af dagsorden
                Beslutning
                Godkendt.
                Sagsfremstilling
                Udvalget skal godkende dagsordenen.
                """);
        assertEquals(1, m.items().size());
        assertEquals("Godkendelse af dagsorden", m.items().get(0).title());
    }

    @Test
    void sectionsBeforeTheFirstHeadingAreAnItemWithoutTitle() {
        Meeting m = parse("""
                Sagsid.: S2023-360
                Sagsfremstilling
                Venstres byrådsgruppe har meddelt forfald.
                Indstilling
                Det indstilles, at stedfortræderindkaldelsen godkendes.
                Sagen afgøres i
                Byrådet.
                Beslutning
                Godkendt.
                Pkt. 2 Spørgetid
                Sagsid.: S2023-355
                Sagsfremstilling
                Byrådets møde starter med spørgetid.
                """);
        assertEquals(List.of("", "Spørgetid"), titles(m));
        assertEquals("Byrådet", m.body());
    }

    @Test
    void theBodyComesFromTheGenitiveDecisionNotFromAParticipantsOrganisation() {
        Meeting m = parse("""
                27-02-2018 kl. 17:00
                Lilletrommen
                Medlemmer
                Hanne Larsen (Kulturelt Samråd)
                Bo Hilsted (A)
                1. Godkendelse af dagsorden
                Beslutning
                Folkeoplysningsudvalgets beslutning på mødet den 27. februar 2018:
                Godkendt.
                """);
        assertEquals("Folkeoplysningsudvalget", m.body());
    }

    @Test
    void theBodyInCapitalsAndAsTheRecommendationsAddressee() {
        assertEquals("Økonomiudvalget", parse("""
                ÅBENT REFERAT ØKONOMIUDVALG
                Mødedato: 16. juni 2009
                1. Vejanlæg
                Sagsfremstilling
                Vejen anlægges.
                """).body());
        assertEquals("Økonomiudvalget", parse("""
                Mødedato: 23.08.2017, kl. 11:00
                Budgetforslag 2018
                Indstilling
                Økonomiforvaltningen indstiller, at Økonomiudvalget over for Borgerrepræsentationen anbefaler,
                1. at budgetforslaget godkendes.
                """).body());
    }

    @Test
    void aListOfTitlesAboveTheFirstItemIsContentsWithoutAHeading() {
        Meeting m = parse("""
                Referat: 27. oktober 2025 kl. 08:00
                Deltagere
                - Hans Østergaard
                - Irvin Christensen
                Referat
                - Godkendelse af dagsorden
                - Virksomhedsbesøg
                - Energirådgivning til husejere
                - Gensidig orientering
                1 : Godkendelse af dagsorden
                Beslutning
                Godkendt.
                2 : Virksomhedsbesøg
                Sagsfremstilling
                Udvalget besøger en virksomhed.
                """);
        assertEquals(List.of("Godkendelse af dagsorden", "Virksomhedsbesøg", "Energirådgivning til husejere",
                "Gensidig orientering"), titles(m));
        assertTrue(m.items().get(3).titleOnly());
    }

    @Test
    void anEmptyClosedHeadingInTheContentsClosesNothing() {
        Meeting m = parse("""
                Referat af møde i Klima- og Planudvalget
                Den 09.01.2020 kl. 13:00 i Tapperiet
                Indholdsfortegnelse
                Lukkede Punkter
                Deltagere:
                Erling Larsen, (A)
                Torben Haack, (F)
                1.   Godkendelse af dagsorden
                Beslutning
                Godkendt.
                2.   Støjende arbejde på byggepladsen
                Indstilling
                Forvaltningen indstiller, at kravene godkendes.
                """);
        assertEquals(2, m.items().size());
        assertTrue(m.items().stream().noneMatch(AgendaItem::closed), m.items().toString());
    }
}
