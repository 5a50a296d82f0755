package dk.referatarkiv.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
                Ældrerådet
                Tirsdag den 14-03-2023 kl. 10:00
                Indholdsfortegnelse:
                36 Høring: Forslag til lokalplan 12 for boliger
                37 Høring: Lokalplan 15 for hotel
                38 Forretningsorden for Ældrerådet

                36. Høring: Forslag til lokalplan 12 for boliger
                Sagsfremstilling
                Rådet afgiver høringssvar.
                """);
        assertEquals(List.of("Høring: Forslag til lokalplan 12 for boliger", "Høring: Lokalplan 15 for hotel",
                "Forretningsorden for Ældrerådet"), titles(m));
        assertEquals(36, m.items().get(0).number());
    }

    @Test
    void aNumberedListInsideAnItemIsNotContents() {
        Meeting m = parse("""
                Referat
                Dato: 4. maj 2022
                Udvalg: Byrådet
                Pkt. 61 Beslutninger om dagsordenen
                Sagsnr. 11002
                Godkendt.
                Pkt. 62 Omkonstituering af udvalg
                Sagsnr. 11003
                Indstilling
                Forvaltningen indstiller, at
                1. Anders Holm udtræder af Økonomiudvalget
                2. Bente Lund udtræder af Teknikudvalget
                3. Carl Ravn indtræder i Teknikudvalget
                Beslutning
                Godkendt.
                """);
        assertEquals(List.of("Beslutninger om dagsordenen", "Omkonstituering af udvalg"), titles(m));
        assertTrue(m.item(62).orElseThrow().section(SectionKind.INDSTILLING).orElseThrow().text()
                .contains("3. Carl Ravn indtræder"));
    }

    @Test
    void twoItemsMayShareATitleAndAListedNumberInATitleStays() {
        Meeting m = parse("""
                Referat
                Dato: 6. september 2021
                Udvalg: Kommunalbestyrelsen
                Pkt. Tekst
                120 Godkendelse af dagsorden
                121 1. behandling af budget 2022-25
                122 Salg af areal
                123 Salg af areal

                120. Godkendelse af dagsorden
                Beslutning
                Godkendt.
                """);
        assertEquals(List.of("Godkendelse af dagsorden", "1. behandling af budget 2022-25", "Salg af areal",
                "Salg af areal"), titles(m));
    }

    @Test
    void aContentsEntryCutByTheEndOfTheFileIsNoItem() {
        Meeting m = parse("""
                Referat for Byrådet
                Mødedato 19.04.2016
                Indholdsfortegnelse:
                51. Kostpolitik for kommunen ....................... 12
                52. Bedre luft i skolerne og pasning af legepladser &

                vedligehold........................................ 15
                53. Ny belysning på stationen ....................... 19
                54. Endelig vedtagelse af lokalplan 7 for et område
                """);
        assertEquals(List.of("Kostpolitik for kommunen", "Bedre luft i skolerne og pasning af legepladser & vedligehold",
                "Ny belysning på stationen"), titles(m));
    }

    @Test
    void pageNumbersWithoutLeadersStillEndContentsEntries() {
        // the page number ends the entry and is no part of its title
        assertEquals(List.of("Garanti til renovering i Boligselskabet",
                        "Lokalplan 071 for boliger",
                        "Beslutning om fredningsforslag...... 13"),
                RunTogetherLines.cutAtPageNumbers(
                        "Garanti til renovering i Boligselskabet 8 Lokalplan 071 for boliger 10 "
                                + "Beslutning om fredningsforslag...... 13", 6));
        // a number outside the pages before and after is part of a title
        assertEquals(List.of("Budget 2023 Godkendelse af takster...... 13"),
                RunTogetherLines.cutAtPageNumbers("Budget 2023 Godkendelse af takster...... 13", 6));
    }

    @Test
    void sectionsThatStartOverAreANewItem() {
        Meeting m = parse("""
                Turismeudvalget
                Referat • 3. marts 2021 kl. 09.00
                Beslutning i Turismeudvalget den 03-03-2021
                Dagsorden godkendt.
                Beslutningstema
                Skiltning ved stranden
                Indstilling
                Direktionen indstiller, at skiltene fornyes.
                Beslutning i Turismeudvalget den 03-03-2021
                Godkendt.
                Beslutningstema
                Campingpladsen skal have nye toiletter.
                Indstilling
                Direktionen indstiller, at projektet sendes i udbud.
                """);
        assertEquals(3, m.items().size());
        assertEquals("Turismeudvalget", m.body());
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
                Sagsid.: S2021-040
                Sagsfremstilling
                Et medlem har meldt forfald til mødet.
                Indstilling
                Det indstilles, at indkaldelsen af en stedfortræder godkendes.
                Sagen afgøres i
                Byrådet.
                Beslutning
                Godkendt.
                Pkt. 2 Spørgetid
                Sagsid.: S2021-041
                Sagsfremstilling
                Borgerne kan stille spørgsmål i en halv time.
                """);
        assertEquals(List.of("", "Spørgetid"), titles(m));
        assertEquals("Byrådet", m.body());
    }

    @Test
    void theBodyComesFromTheGenitiveDecisionNotFromAParticipantsOrganisation() {
        Meeting m = parse("""
                12-01-2022 kl. 19:00
                Mødelokale 3
                Medlemmer
                Rita Vang (Idrætsligt Samråd)
                Kim Dal (A)
                1. Godkendelse af dagsorden
                Beslutning
                Folkeoplysningsudvalgets beslutning på mødet den 12. januar 2022:
                Godkendt.
                """);
        assertEquals("Folkeoplysningsudvalget", m.body());
    }

    @Test
    void theBodyInCapitalsAndAsTheRecommendationsAddressee() {
        assertEquals("Økonomiudvalget", parse("""
                ÅBENT REFERAT ØKONOMIUDVALG
                Mødedato: 2. april 2012
                1. Vejanlæg
                Sagsfremstilling
                Vejen anlægges.
                """).body());
        assertEquals("Økonomiudvalget", parse("""
                Mødedato: 11.09.2020, kl. 09:00
                Takster for 2021
                Indstilling
                Forvaltningen indstiller, at Økonomiudvalget over for Kommunalbestyrelsen anbefaler,
                1. at taksterne godkendes.
                """).body());
    }

    @Test
    void aListOfTitlesAboveTheFirstItemIsContentsWithoutAHeading() {
        Meeting m = parse("""
                Referat: 5. februar 2024 kl. 15:00
                Deltagere
                - Arne Bisgaard
                - Helle Thorup
                Referat
                - Godkendelse af dagsorden
                - Besøg på genbrugspladsen
                - Cykelstier i byen
                - Gensidig orientering
                1 : Godkendelse af dagsorden
                Beslutning
                Godkendt.
                2 : Besøg på genbrugspladsen
                Sagsfremstilling
                Udvalget besøger genbrugspladsen.
                """);
        assertEquals(List.of("Godkendelse af dagsorden", "Besøg på genbrugspladsen", "Cykelstier i byen",
                "Gensidig orientering"), titles(m));
        assertTrue(m.items().get(3).titleOnly());
    }

    @Test
    void anEmptyClosedHeadingInTheContentsClosesNothing() {
        Meeting m = parse("""
                Referat af møde i Miljøudvalget
                Den 17.06.2021 kl. 14:00 i Rådhuset
                Indholdsfortegnelse
                Lukkede Punkter
                Deltagere:
                Søs Brandt, (A)
                Aage Holt, (F)
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
    @Test
    void aFirstPageRunIntoOneLineGivesItsDateAndItsContentsWithoutSeparatorsGiveItems() {
        String members = String.join(", ", java.util.Collections.nCopies(30, "Anne Holm"));
        Meeting m = parse("Sønderby Byråd. Referat\n\n"
                + "1 Sønderby Byråd Referat Dato 9. oktober 2014 Mødetidspunkt 17:00 Sluttidspunkt 19:30 Sted "
                + "Medlemmer Byrådssalen " + members + "\n\n"
                + "2 Indholdsfortegnelse Pkt. Side 1. Godkendelse af dagsorden Nyt fra formanden "
                + "Kvartalsregnskab Kulturudvalget Forslag til mødeplan for Sønderby Kommune Salg af areal - LUKKET SAG"
                + "...12 Bilagsoversigt...13 Underskriftsside...14\n\n"
                + "3 Sønderby Byråd Godkendelse af dagsorden Sagsnr.: 14/ Sagsfremstilling Dagsordenen er udsendt.\n");
        assertEquals(java.time.LocalDate.of(2014, 10, 9), m.date());
        assertEquals(List.of("Godkendelse af dagsorden", "Nyt fra formanden", "Kvartalsregnskab Kulturudvalget",
                "Forslag til mødeplan for Sønderby Kommune", "Salg af areal - LUKKET SAG"), titles(m),
                "the document's parts listed after the items are no items");
        assertTrue(m.items().get(4).closed());
    }
    @Test
    void anAbsenceWrittenUnderADecisionWithADashMarksTheMemberAbsent() {
        Meeting m = parse("Referat: 27. oktober 2025 kl. 08:00\nDeltagere\n- Bo Lind Hald\n- Eva Dam\n\n"
                + "1 : Godkendelse af dagsorden\nBeslutning\nGodkendt.\nFraværende- Bo Lind Hald ()\n\n"
                + "2 : Virksomhedsbesøg\nSagsfremstilling\nUdvalget besøger en virksomhed.\n");
        assertEquals(List.of("Bo Lind Hald"), m.participants().stream()
                .filter(p -> p.presence() == Participant.Presence.ABSENT).map(Participant::name).toList(),
                m.participants() + " " + m.items());
    }
    @Test
    void aContentsEntryMarkedClosedInEnglishIsAClosedItem() {
        // some publishing systems print their own English label before a closed item's title
        Meeting m = parse("Referat Byrådet\n\nMødedato Tirsdag d. 7. marts 2023 kl. 18:30 Mødested Byrådssalen\n\n"
                + "Indholdsfortegnelse Godkendelse af dagsorden......... 3 Salg af Skolevej 4......... 5 "
                + "Closed: Køb af ejendom på Torvet......... 7 Closed: Udbud af kantinedrift......... 8\n");
        assertEquals(List.of(false, false, true, true), m.items().stream().map(AgendaItem::closed).toList(),
                titles(m).toString());
    }
    @Test
    void aHeaderTableRunIntoOneLineIsReadByItsLabelsWithoutColons() {
        String members = String.join(" ", java.util.Collections.nCopies(12, "Ib Lund (V) Eva Dam (A)"));
        Meeting m = parse("Vestby Byråd. Referat\n\n"
                + "1 Referat Vestby Byråd Ordinært møde Dato 23. september 2009 Tid 19:00 Sted Rådhuset, Vestby "
                + "(Store Sal) Fraværende Ole Vind, Rita Berg Stedfortræder Medlemmer " + members + "\n\n"
                + "2 Indholdsfortegnelse Pkt. Side 1. Godkendelse af dagsorden Salg af grund ved havnen...3\n\n"
                + "3 Vestby Byråd Godkendelse af dagsorden Sagsnr.: 09/ Sagsfremstilling Dagsordenen er udsendt til "
                + "byrådets medlemmer i henhold til forretningsordenen, og der er ikke kommet bemærkninger til den "
                + "inden mødet. Indstilling Sekretariatet indstiller, at dagsordenen godkendes. Beslutning Godkendt.\n");
        assertEquals("Rådhuset, Vestby (Store Sal)", m.place());
        assertEquals(java.time.LocalTime.of(19, 0), m.startTime());
        assertEquals(List.of("Ole Vind", "Rita Berg"), m.participants().stream()
                .filter(p -> p.presence() == Participant.Presence.ABSENT).map(Participant::name).toList());
    }

    @Test
    void twoLabelWordsInRunningTextCutNothing() {
        String text = "Forslaget om ny Tid for mødet og nyt Sted for udstillingen blev drøftet af udvalget, "
                + "som besluttede at vente med begge dele til næste år, hvor budgettet kendes.";
        assertEquals(List.of(text), new HeaderReader(MinutesLexicon.DEFAULT).splitFields(text));
    }

    @Test
    void aPageRunIntoOneLineKeepsItsSectionsThoughItsHeadingsHaveNoColon() {
        String members = String.join(", ", java.util.Collections.nCopies(30, "Anne Holm"));
        Meeting m = parse("Sønderby Byråd. Referat\n\n"
                + "1 Sønderby Byråd Referat Dato 9. oktober 2014 Mødetidspunkt 17:00 Sted Byrådssalen Medlemmer "
                + members + "\n\n"
                + "2 Sønderby Kommune Byrådet Godkendelse af dagsorden Sagsnr.: 14/ Sagen afgøres i: Byrådet "
                + "Lovgrundlag Lov om kommunernes styrelse Sagsfremstilling Dagsordenen er udsendt til medlemmerne "
                + "efter forretningsordenen. Indstilling Sekretariatet indstiller, at dagsordenen godkendes. "
                + "Beslutning i Byrådet den 9. oktober 2014 Indstillingen tiltrådt.\n");
        AgendaItem item = m.items().get(0);
        assertEquals("Dagsordenen er udsendt til medlemmerne efter forretningsordenen.",
                item.section(SectionKind.SAGSFREMSTILLING).orElseThrow().text().strip());
        assertEquals("Sekretariatet indstiller, at dagsordenen godkendes.",
                item.section(SectionKind.INDSTILLING).orElseThrow().text().strip());
        assertEquals("Indstillingen tiltrådt.", item.section(SectionKind.BESLUTNING).orElseThrow().text().strip());
    }

    @Test
    void entriesRunTogetherUnderAContentsHeadingOfTheirOwnAreItems() {
        Meeting m = parse("Byrådet\nReferat\n12. marts 2025 kl. 17:00\n\nIndholdsfortegnelse\n\n"
                + "Pkt. Tekst Side 1 2. behandling af budget 2026 4 2 Takster for vand 2026 (Beslutning) 10 "
                + "3 Lokalplan 12 for Skovvej (Beslutning) 12 4 Valg af belægning til torvet (Beslutning) 14 "
                + "5 Salg af grunde i Nørreby (Beslutning) 17\n");
        assertEquals(List.of("2. behandling af budget 2026", "Takster for vand 2026 (Beslutning)",
                "Lokalplan 12 for Skovvej (Beslutning)", "Valg af belægning til torvet (Beslutning)",
                "Salg af grunde i Nørreby (Beslutning)"), titles(m));
    }

    @Test
    void decisionsOfTheBodiesACaseWentThroughAreOneItem() {
        // a one-item page without a title: the committee's decision, then the next body's, belong to the same case
        Meeting m = parse("""
                Dagsorden
                Mandag 3. marts 2025 kl. 17:00
                Byrådet

                Resumé
                Vestby Roklub søger tilskud til en ny bådebro.
                Sagsfremstilling
                Klubben har fået to tilbud på broen.
                Beslutning Kulturudvalget den 10-02-2025
                Anbefalet.
                Beslutning Økonomiudvalget den 17-02-2025
                Anbefalet med bemærkning om tilbuddene.
                """);
        assertEquals(1, m.items().size(), titles(m).toString());
    }

    @Test
    void contentsEntriesAfterTheOpenPartsHeadingOnTheSameLineAreItems() {
        Meeting m = parse("Sønderby Byråd\nReferat\nDato 4. juni 2025\n\n"
                + "Indholdsfortegnelse Åbne punkter 1. Ny legeplads i Nørreby...5 "
                + "2. Vintertjeneste 2026...7 3. Kulturpris for Sønderby Kommune...9\n");
        assertEquals(List.of("Ny legeplads i Nørreby", "Vintertjeneste 2026", "Kulturpris for Sønderby Kommune"),
                titles(m));
    }

    @Test
    void contentsGoOnOnTheNextPageFromAHigherNumber() {
        Meeting m = parse("""
                Nordby Kommune Byrådet. Referat. Mødedato: 12. marts 2024

                1 Mødedato: 12. marts 2024 Mødelokale: Byrådssalen, Nordby Rådhus Starttidspunkt for møde: 19:00

                2 Indholdsfortegnelse Pkt. Tekst Side 1 Udpegning til bestyrelsen for Nordby Havn 5 2 Nye medlemmer af \
                Ældrerådet 6 3 Analyse af fælles driftsopgaver 14 4 Årsregnskab 2023 for Nordby Havn 16 5 Frigivelse af \
                anlægsmidler til nyt dige Tilskud til spejderhytte Ombygning af bolig i Nordby Trafikplan for busserne

                3 9 Turismepolitik Godkendelse af valgfag Renoveringsplan for Østskolen Forslag til driftsaftale mellem \
                Nordby Lokalråd og Nordby Kommune Salg af areal ved Skovvej
                """);
        // the page after the contents starts with 9, so the last entry before it holds items 5 to 8; the excerpt
        // ends inside the title of item 13
        assertEquals(List.of("Udpegning til bestyrelsen for Nordby Havn", "Nye medlemmer af Ældrerådet",
                "Analyse af fælles driftsopgaver", "Årsregnskab 2023 for Nordby Havn",
                "Frigivelse af anlægsmidler til nyt dige", "Tilskud til spejderhytte", "Ombygning af bolig i Nordby",
                "Trafikplan for busserne", "Turismepolitik", "Godkendelse af valgfag", "Renoveringsplan for Østskolen",
                "Forslag til driftsaftale mellem Nordby Lokalråd og Nordby Kommune"), titles(m));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
                m.items().stream().map(AgendaItem::number).toList());
    }

    @Test
    void aRoomNounBeforeItsNumberIsPartOfThePlace() {
        Meeting m = parse("""
                Teknikudvalget. Referat. Dato 14. marts 2024 Mødetidspunkt 16:00 Sluttidspunkt 18:05 Lokale 2, Sønderby Rådhus

                1. Godkendelse af dagsorden
                Beslutning
                Godkendt.
                """);
        assertEquals("Lokale 2, Sønderby Rådhus", m.place());
        Meeting labelled = parse("""
                Teknikudvalget
                Dato: 14. marts 2024
                Mødelokale: Byrådssalen

                1. Godkendelse af dagsorden
                Beslutning
                Godkendt.
                """);
        assertEquals("Byrådssalen", labelled.place(), "a room noun with a colon is a label");
    }

    private static String itemText(AgendaItem item) {
        return String.join("\n", item.sections().stream().map(Section::text).toList());
    }

    @Test
    void aCaseLineAboveATitleIsThatItemsNotTheTextBefore() {
        Meeting m = parse("""
                Miljøudvalget – referat
                Møde den 3. marts 2025 kl. 16.00

                Sagsnr.: 27.69.48-A00-1-25 Sagsbehandler: Mette Lund

                Orientering om vandløbspleje

                Sagsfremstilling
                Udvalget orienteres om årets pleje af vandløbene.
                Beslutning
                Taget til efterretning.

                Sagsnr.: 00.22.04-G01-3-25 Sagsbehandler: Ole Dam

                Ansøgning om tilskud til shelter ved Mosen

                Sagsfremstilling
                Spejderne søger om 40.000 kr. til et shelter.
                Beslutning
                Bevilget.
                """);
        assertEquals(List.of("Orientering om vandløbspleje", "Ansøgning om tilskud til shelter ved Mosen"), titles(m));
        assertEquals("27.69.48-A00-1-25", m.items().get(0).journalNumber().raw());
        assertEquals("00.22.04-G01-3-25", m.items().get(1).journalNumber().raw());
        assertTrue(itemText(m.items().get(0)).contains("Sagsbehandler: Mette Lund"), itemText(m.items().get(0)));
        assertFalse(itemText(m.items().get(0)).contains("Ole Dam"), "the next item's case line: " + itemText(m.items().get(0)));
        assertTrue(itemText(m.items().get(1)).contains("Sagsbehandler: Ole Dam"), itemText(m.items().get(1)));
        assertFalse(m.headerSource().contains("Sagsnr"), "the first item's case line is no header: " + m.headerSource());
    }

    @Test
    void caseLinesAboveNumberedHeadingsAreTheItemsThatFollow() {
        Meeting m = parse("""
                Referat
                Dato: 4. maj 2022
                Udvalg: Byrådet
                Sagsnr. 00.01.00-A00-7-22
                Sagsbehandler: Mette Lund
                Pkt. 61 Godkendelse af dagsorden
                Beslutning
                Godkendt.
                Sagsbehandler: Ida Berg
                Sagsnr.: 05.01.00-A00-2-22
                Pkt. 62 Orientering om trafiktælling
                Beslutning
                Taget til efterretning.
                """);
        assertEquals(List.of(61, 62), m.items().stream().map(AgendaItem::number).toList());
        assertEquals("00.01.00-A00-7-22", m.items().get(0).journalNumber().raw(), "a number line without a colon");
        assertEquals("05.01.00-A00-2-22", m.items().get(1).journalNumber().raw(), "after the officer's line");
        assertTrue(itemText(m.items().get(0)).contains("Mette Lund"), itemText(m.items().get(0)));
        assertFalse(itemText(m.items().get(0)).contains("Ida Berg"), itemText(m.items().get(0)));
        assertTrue(itemText(m.items().get(1)).contains("Ida Berg"), itemText(m.items().get(1)));
        assertFalse(m.headerSource().contains("Mette Lund"), m.headerSource());
    }

    @Test
    void caseLinesUnderTheTitlesStayWithTheirItem() {
        Meeting m = parse("""
                Referat
                Dato: 4. maj 2022
                Udvalg: Byrådet
                Pkt. 61 Godkendelse af dagsorden
                Sagsnr.: 00.01.00-A00-7-22 Sagsbehandler: Mette Lund
                Beslutning
                Godkendt.
                Pkt. 62 Orientering om trafiktælling
                Sagsnr.: 05.01.00-A00-2-22 Sagsbehandler: Ida Berg
                Pkt. 63 Omkonstituering af udvalg
                Sagsnr.: 00.01.00-A00-8-22 Sagsbehandler: Ole Dam
                Beslutning
                Godkendt.
                """);
        assertEquals(List.of(61, 62, 63), m.items().stream().map(AgendaItem::number).toList());
        assertEquals("05.01.00-A00-2-22", m.items().get(1).journalNumber().raw(), "item 62's case line is under its title");
        assertEquals("00.01.00-A00-8-22", m.items().get(2).journalNumber().raw());
        assertTrue(itemText(m.items().get(1)).contains("Ida Berg"), itemText(m.items().get(1)));
        assertFalse(itemText(m.items().get(2)).contains("Ida Berg"), itemText(m.items().get(2)));
    }

    @Test
    void anOfficersLineUnderACaseNumberIsNoTitle() {
        Meeting m = parse("""
                Miljøudvalget – referat
                Møde den 3. marts 2025 kl. 16.00

                Sagsnr. 27.69.48-A00-1-25
                Sagsbehandler: Mette Lund
                Sagsfremstilling
                Udvalget orienteres om årets pleje af vandløbene.

                Sagsnr. 00.22.04-G01-3-25
                Sagsbehandler: Ole Dam
                Sagsfremstilling
                Spejderne søger om 40.000 kr. til et shelter.
                """);
        assertEquals(2, m.items().size(), titles(m).toString());
        assertTrue(m.items().stream().noneMatch(i -> i.title().startsWith("Sagsbehandler")), titles(m).toString());
        assertEquals("27.69.48-A00-1-25", m.items().get(0).journalNumber().raw());
        assertEquals("00.22.04-G01-3-25", m.items().get(1).journalNumber().raw());
        assertTrue(itemText(m.items().get(0)).contains("Mette Lund"), itemText(m.items().get(0)));
    }

    @Test
    void aCaseNumberAboveAndAnOfficerUnderEachTitleAreBothTheItems() {
        Meeting m = parse("""
                Miljøudvalget – referat
                Møde den 3. marts 2025 kl. 16.00

                Sagsnr.: 27.69.48-A00-1-25
                Orientering om vandløbspleje
                Sagsbehandler: Mette Lund
                Sagsfremstilling
                Udvalget orienteres om årets pleje af vandløbene.

                Sagsnr.: 00.22.04-G01-3-25
                Ansøgning om tilskud til shelter ved Mosen
                Sagsbehandler: Ole Dam
                Sagsfremstilling
                Spejderne søger om 40.000 kr. til et shelter.
                """);
        assertEquals(List.of("Orientering om vandløbspleje", "Ansøgning om tilskud til shelter ved Mosen"), titles(m));
        assertEquals("27.69.48-A00-1-25", m.items().get(0).journalNumber().raw());
        assertEquals("00.22.04-G01-3-25", m.items().get(1).journalNumber().raw());
        assertTrue(itemText(m.items().get(1)).contains("Ole Dam"), itemText(m.items().get(1)));
        assertFalse(m.headerSource().contains("Sagsnr"), m.headerSource());
    }

    @Test
    void textUnderATitleIsTextEvenAfterCaseLinesAboveIt() {
        Meeting m = parse("""
                Referat
                Dato: 4. maj 2022
                Udvalg: Byrådet
                Sagsbehandler: Mette Lund
                Pkt. 61 Orientering om vandløbspleje
                Orientering om vandløbspleje
                Udvalget orienteres om årets pleje af vandløbene.
                00.22.04-G01-3-22
                Beslutning
                Taget til efterretning.
                Sagsbehandler: Ole Dam
                Pkt. 62 Ansøgning om tilskud til shelter ved Mosen
                Beslutning
                Bevilget.
                """);
        assertEquals(List.of("Orientering om vandløbspleje", "Ansøgning om tilskud til shelter ved Mosen"), titles(m));
        AgendaItem first = m.items().get(0);
        assertNull(first.journalNumber(), "a number after the item's text is text, not the item's number");
        assertTrue(itemText(first).contains("Mette Lund") && itemText(first).contains("Udvalget orienteres")
                && itemText(first).contains("00.22.04-G01-3-22"), itemText(first));
        assertFalse(itemText(first).contains("Orientering om vandløbspleje"), "the title printed again: " + itemText(first));
        assertFalse(itemText(first).contains("Ole Dam"), itemText(first));
    }
}
