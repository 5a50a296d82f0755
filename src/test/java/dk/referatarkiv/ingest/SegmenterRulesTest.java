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
                Seniorrådet
                Onsdag den 08-11-2023 kl. 13:30
                Indholdsfortegnelse:
                8 Høring: Udkast til trafikplan for Nordby
                9 Høring: Regulativ for vintertjeneste
                10 Mødeplan for Seniorrådet 2024

                8. Høring: Udkast til trafikplan for Nordby
                Sagsfremstilling
                Rådet drøfter planen og sender et svar.
                """);
        assertEquals(List.of("Høring: Udkast til trafikplan for Nordby", "Høring: Regulativ for vintertjeneste",
                "Mødeplan for Seniorrådet 2024"), titles(m));
        assertEquals(8, m.items().get(0).number());
    }

    @Test
    void aNumberedListInsideAnItemIsNotContents() {
        Meeting m = parse("""
                Referat
                Dato: 13. september 2022
                Udvalg: Byrådet
                Pkt. 23 Meddelelser fra borgmesteren
                Sagsnr. 50417
                Taget til efterretning.
                Pkt. 24 Nye pladser i Skoleudvalget
                Sagsnr. 50418
                Indstilling
                Sekretariatet indstiller, at
                1. Mads Kirk træder ud af Skoleudvalget
                2. Lene Bach træder ind i Skoleudvalget
                3. Lene Bach træder ud af Kulturudvalget
                Beslutning
                Godkendt.
                """);
        assertEquals(List.of("Meddelelser fra borgmesteren", "Nye pladser i Skoleudvalget"), titles(m));
        assertTrue(m.item(24).orElseThrow().section(SectionKind.INDSTILLING).orElseThrow().text()
                .contains("3. Lene Bach træder ud"));
    }

    @Test
    void twoItemsMayShareATitleAndAListedNumberInATitleStays() {
        Meeting m = parse("""
                Referat
                Dato: 3. april 2024
                Udvalg: Byrådet
                Pkt. Tekst
                56 Godkendelse af dagsorden
                57 2. behandling af takstblad 2025
                58 Mageskifte
                59 Mageskifte

                56. Godkendelse af dagsorden
                Beslutning
                Godkendt.
                """);
        assertEquals(List.of("Godkendelse af dagsorden", "2. behandling af takstblad 2025", "Mageskifte",
                "Mageskifte"), titles(m));
    }

    @Test
    void aContentsEntryCutByTheEndOfTheFileIsNoItem() {
        Meeting m = parse("""
                Referat for Teknikudvalget
                Mødedato 22.05.2018
                Indholdsfortegnelse:
                14. Vinterberedskab for kommunale veje ....................... 3
                15. Nye bænke langs søstien og beplantning af rundkørsler &

                omlægning af stier........................................ 6
                16. Renovering af p-pladsen ved hallen ....................... 9
                17. Udvidelse af parkeringen ved idrætscentret og en ny
                """);
        assertEquals(List.of("Vinterberedskab for kommunale veje",
                "Nye bænke langs søstien og beplantning af rundkørsler & omlægning af stier",
                "Renovering af p-pladsen ved hallen"), titles(m));
    }

    @Test
    void aContentsRunIsCutWhereTheItemsOwnPageEndsATitle() {
        // a PDF-to-text page per line, the contents' numbers and a name lost: "lejemålet til" ends item 1's title, as
        // its own page prints it before the case number; by capitalisation alone "til Forslag" would go on
        Meeting m = parse("""
                Referat Teknisk Udvalg

                Side 1 Mødedato: 3. marts 2026 Mødetidspunkt: 16:00 Mødested: Rådhuset, mødelokale 2 Afbud: ingen

                Side 2 Indholdsfortegnelse Pkt. Side 1. Ønske om overdragelse af lejemålet til Forslag om nye takster \
                for Lindby Kor Salg af byggegrunde ved Søholm Strand Navngivning af stier i Nordby

                Side 3 Ønske om overdragelse af lejemålet til Sagsnr.: 26/311 Ansvarlig: Teknik og Miljø \
                Baggrund: Lejer har skrevet til kommunen om at overdrage lejemålet til en forening.
                """);
        assertEquals(List.of("Ønske om overdragelse af lejemålet til", "Forslag om nye takster for Lindby Kor",
                "Salg af byggegrunde ved Søholm Strand", "Navngivning af stier i Nordby"),
                m.items().stream().filter(AgendaItem::isAgendaItem).map(AgendaItem::title).toList());
    }

    @Test
    void theAgendasLineNamesAnItemWhosePagePrintsTheCasesTitleUnderItsNumberAgain() {
        // a web agenda: each item's agenda line, then its page with the number and the case's own title again
        Meeting m = parse("""
                Referat

                Dato: Tirsdag, Marts 3, 2026 - 16:00
                Udvalg: Teknisk Udvalg
                 • Pkt. 12 Godkendelse af dagsorden

                  Pkt. 12

                  Godkendelse af dagsorden

                  Sagsnr. 24/118 Teknisk Udvalg Åbent punkt

                  Beslutning

                  Godkendt.

                 • Pkt. 13 Nye regler for vinterberedskab

                  Pkt. 13

                  Revision af regulativ for vintervedligeholdelse

                  Sagsnr. 24/211 Teknisk Udvalg Åbent punkt

                  Indstilling

                  Forvaltningen indstiller, at regulativet godkendes.
                """);
        assertEquals(List.of("Godkendelse af dagsorden", "Nye regler for vinterberedskab"), titles(m));
        assertTrue(itemText(m.items().get(1)).contains("Revision af regulativ for vintervedligeholdelse"),
                "the case's title stays searchable in the item's text");
        assertFalse(itemText(m.items().get(0)).contains("vinterberedskab"), "the next item's agenda line is its own");
        // a kind of item printed above each heading with its number is no agenda line: the heading names the item
        Meeting kinds = parse("""
                Referat
                Teknisk Udvalg
                Dato: 3. marts 2026

                1. Orienteringssag

                1. Status på snerydningen

                Sagsfremstilling
                Vejene er ryddet.

                2. Beslutningssag

                2. Nye p-pladser ved hallen

                Indstilling
                Forvaltningen indstiller, at pladserne anlægges.
                """);
        assertEquals(List.of("Status på snerydningen", "Nye p-pladser ved hallen"), titles(kinds));
    }

    @Test
    void pageNumbersWithoutLeadersStillEndContentsEntries() {
        // the page number ends the entry and is no part of its title
        assertEquals(List.of("Tilskud til nye vinduer i Søholm Ældreboliger",
                        "Tillæg 3 til spildevandsplan for erhverv",
                        "Navngivning af stier i Lindby...... 15"),
                RunTogetherLines.cutAtPageNumbers(
                        "Tilskud til nye vinduer i Søholm Ældreboliger 7 Tillæg 3 til spildevandsplan for erhverv 11 "
                                + "Navngivning af stier i Lindby...... 15", 5));
        // a number outside the pages before and after is part of a title
        assertEquals(List.of("Regnskab 2022 Fornyelse af legepladser...... 17"),
                RunTogetherLines.cutAtPageNumbers("Regnskab 2022 Fornyelse af legepladser...... 17", 9));
    }

    @Test
    void sectionsThatStartOverAreANewItem() {
        Meeting m = parse("""
                Fritidsudvalget
                Referat, 9. oktober 2023, kl. 16.00
                Beslutning i Fritidsudvalget den 09-10-2023
                Godkendt uden bemærkninger.
                Resumé
                Nye net til boldbanerne
                Indstilling
                Forvaltningen indstiller, at nettene købes.
                Beslutning i Fritidsudvalget den 09-10-2023
                Godkendt.
                Resumé
                Svømmehallen skal have nyt ventilationsanlæg.
                Indstilling
                Forvaltningen indstiller, at opgaven sendes i udbud.
                """);
        assertEquals(3, m.items().size());
        assertEquals("Fritidsudvalget", m.body());
    }

    @Test
    void aPageWithOneItemAndADecisionEarlyIsNotSplit() {
        Meeting m = parse("""
                Mødedato: 17. juni 2020
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
                Sagsnr.: 2022-118
                Resumé
                Kommunen har fået et tilbud på ny belysning i hallen.
                Indstilling
                Forvaltningen indstiller, at tilbuddet accepteres.
                Sagen afgøres i
                Byrådet.
                Beslutning
                Godkendt.
                Pkt. 5 Valg af revisor
                Sagsnr.: 2022-131
                Sagsfremstilling
                Borgmesteren orienterer om nyt fra kommunen.
                """);
        assertEquals(List.of("", "Valg af revisor"), titles(m));
        assertEquals("Byrådet", m.body());
    }

    @Test
    void theBodyComesFromTheGenitiveDecisionNotFromAParticipantsOrganisation() {
        Meeting m = parse("""
                21-03-2023 kl. 17:30
                Mødelokale 2
                Medlemmer
                Jonna Krog (Nordby Spejderråd)
                Per Lund (V)
                1. Godkendelse af dagsorden
                Beslutning
                Fritidsrådets beslutning på mødet den 21. marts 2023:
                Godkendt.
                """);
        assertEquals("Fritidsrådet", m.body());
    }

    @Test
    void theBodyInCapitalsAndAsTheRecommendationsAddressee() {
        assertEquals("Miljøudvalget", parse("""
                REFERAT MILJØUDVALG
                Mødedato: 22. november 2016
                1. Ny sti langs åen
                Sagsfremstilling
                Stien anlægges i år.
                """).body());
        assertEquals("Teknikudvalget", parse("""
                Mødedato: 04.02.2021, kl. 08:30
                Gebyrer for 2022
                Indstilling
                Forvaltningen indstiller, at Teknikudvalget over for Byrådet anbefaler,
                1. at gebyrerne godkendes.
                """).body());
    }

    @Test
    void aListOfTitlesAboveTheFirstItemIsContentsWithoutAHeading() {
        Meeting m = parse("""
                Mødedato: 12. juni 2024 kl. 14:00
                Til stede
                - Lis Vang
                - Ove Dahl
                - Godkendelse af dagsorden
                - Status på helhedsplanen
                - Nye skilte ved havnen
                - Eventuelt
                1. Godkendelse af dagsorden
                Beslutning
                Godkendt.
                2. Status på helhedsplanen
                Sagsfremstilling
                Udvalget hører om planens fremdrift.
                """);
        assertEquals(List.of("Godkendelse af dagsorden", "Status på helhedsplanen", "Nye skilte ved havnen",
                "Eventuelt"), titles(m));
        assertTrue(m.items().get(3).titleOnly());
    }

    @Test
    void anEmptyClosedHeadingInTheContentsClosesNothing() {
        Meeting m = parse("""
                Referat af møde i Skoleudvalget
                Mødedato: 2. oktober 2019 kl. 15:00
                Indholdsfortegnelse
                Lukkede punkter
                Deltagere:
                Tove Hald (B)
                Niels Ravn (O)
                1.   Godkendelse af dagsorden
                Beslutning
                Godkendt.
                2.   Plan for vedligehold af skolegårdene
                Indstilling
                Forvaltningen indstiller, at planen godkendes.
                """);
        assertEquals(2, m.items().size());
        assertTrue(m.items().stream().noneMatch(AgendaItem::closed), m.items().toString());
    }
    @Test
    void aFirstPageRunIntoOneLineGivesItsDateAndItsContentsWithoutSeparatorsGiveItems() {
        String members = String.join(", ", java.util.Collections.nCopies(30, "Anne Holm"));
        Meeting m = parse("Nordby Byråd. Referat\n\n"
                + "1 Nordby Byråd Referat Dato 12. juni 2017 Mødetidspunkt 18:30 Sluttidspunkt 21:15 Sted Rådhussalen "
                + "Medlemmer " + members + "\n\n"
                + "2 Indholdsfortegnelse Pkt. Side 1. Godkendelse af dagsorden Status på skolebyggeriet "
                + "Budgetopfølgning Teknikudvalget Forslag til takster for Nordby Kommune Køb af grund - LUKKET SAG"
                + "...9 Bilagsoversigt...10 Underskriftsside...11\n\n"
                + "3 Nordby Byråd Godkendelse af dagsorden Sagsnr.: 17/ Sagsfremstilling Dagsordenen er sendt ud.\n");
        assertEquals(java.time.LocalDate.of(2017, 6, 12), m.date());
        assertEquals(List.of("Godkendelse af dagsorden", "Status på skolebyggeriet", "Budgetopfølgning Teknikudvalget",
                "Forslag til takster for Nordby Kommune", "Køb af grund - LUKKET SAG"), titles(m),
                "the document's parts listed after the items are no items");
        assertTrue(m.items().get(4).closed());
    }
    @Test
    void anAbsenceWrittenUnderADecisionWithADashMarksTheMemberAbsent() {
        Meeting m = parse("Referat: 6. marts 2024 kl. 13:00\nDeltagere\n- Ida Krog Vang\n- Per Holt\n\n"
                + "1 : Godkendelse af dagsorden\nBeslutning\nGodkendt.\nFraværende- Ida Krog Vang ()\n\n"
                + "2 : Nyt fra sekretariatet\nSagsfremstilling\nSekretariatet orienterer.\n");
        assertEquals(List.of("Ida Krog Vang"), m.participants().stream()
                .filter(p -> p.presence() == Participant.Presence.ABSENT).map(Participant::name).toList(),
                m.participants() + " " + m.items());
    }
    @Test
    void aContentsEntryMarkedClosedInEnglishIsAClosedItem() {
        // some publishing systems print their own English label before a closed item's title
        Meeting m = parse("Referat Miljøudvalget\n\nMødedato Onsdag d. 15. maj 2024 kl. 16:00 Mødested Mødelokale 3\n\n"
                + "Indholdsfortegnelse Godkendelse af dagsorden......... 3 Ny sti ved Søholm......... 4 "
                + "Closed: Køb af jord ved Lindby......... 6 Closed: Udbud af rengøring......... 9\n");
        assertEquals(List.of(false, false, true, true), m.items().stream().map(AgendaItem::closed).toList(),
                titles(m).toString());
    }
    @Test
    void aHeaderTableRunIntoOneLineIsReadByItsLabelsWithoutColons() {
        String members = String.join(" ", java.util.Collections.nCopies(12, "Ib Lund (V) Eva Dam (A)"));
        Meeting m = parse("Lindby Byråd. Referat\n\n"
                + "1 Referat Lindby Byråd Ekstraordinært møde Dato 22. marts 2011 Tid 17:30 Sted Kulturhuset, Lindby "
                + "(Mødesal 2) Fraværende Per Kold, Ane Vinther Stedfortræder Medlemmer " + members + "\n\n"
                + "2 Indholdsfortegnelse Pkt. Side 1. Godkendelse af dagsorden Lejeaftale for idrætshallen...4\n\n"
                + "3 Lindby Byråd Godkendelse af dagsorden Sagsnr.: 11/ Sagsfremstilling Dagsordenen blev sendt til "
                + "medlemmerne en uge før mødet efter reglerne i forretningsordenen, og ingen af dem har haft bemærkninger "
                + "til den. Indstilling Sekretariatet indstiller, at dagsordenen godkendes. Beslutning Godkendt.\n");
        assertEquals("Kulturhuset, Lindby (Mødesal 2)", m.place());
        assertEquals(java.time.LocalTime.of(17, 30), m.startTime());
        assertEquals(List.of("Per Kold", "Ane Vinther"), m.participants().stream()
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
        Meeting m = parse("Nordby Byråd. Referat\n\n"
                + "1 Nordby Byråd Referat Dato 12. juni 2017 Mødetidspunkt 18:30 Sted Rådhussalen Medlemmer "
                + members + "\n\n"
                + "2 Nordby Kommune Byrådet Godkendelse af dagsorden Sagsnr.: 17/ Sagen afgøres i: Byrådet "
                + "Lovgrundlag Styrelsesloven Sagsfremstilling Dagsordenen er sendt ud til alle medlemmer i god tid. "
                + "Indstilling Borgmesteren indstiller, at dagsordenen godkendes. "
                + "Beslutning i Byrådet den 12. juni 2017 Godkendt som indstillet.\n");
        AgendaItem item = m.items().get(0);
        assertEquals("Dagsordenen er sendt ud til alle medlemmer i god tid.",
                item.section(SectionKind.SAGSFREMSTILLING).orElseThrow().text().strip());
        assertEquals("Borgmesteren indstiller, at dagsordenen godkendes.",
                item.section(SectionKind.INDSTILLING).orElseThrow().text().strip());
        assertEquals("Godkendt som indstillet.", item.section(SectionKind.BESLUTNING).orElseThrow().text().strip());
    }

    @Test
    void entriesRunTogetherUnderAContentsHeadingOfTheirOwnAreItems() {
        Meeting m = parse("Kultur- og Fritidsudvalget\nReferat\n3. september 2024 kl. 16:30\n\nIndholdsfortegnelse\n\n"
                + "Pkt. Tekst Side 1 2. behandling af planstrategi 2024 3 2 Tilskud til musikskolen (Beslutning) 6 "
                + "3 Lokalplan 31 for Lindby Strand (Beslutning) 9 4 Åbningstider i svømmehallen (Orientering) 13 "
                + "5 Kunst på torvet i Hedeby (Beslutning) 15\n");
        assertEquals(List.of("2. behandling af planstrategi 2024", "Tilskud til musikskolen (Beslutning)",
                "Lokalplan 31 for Lindby Strand (Beslutning)", "Åbningstider i svømmehallen (Orientering)",
                "Kunst på torvet i Hedeby (Beslutning)"), titles(m));
    }

    @Test
    void decisionsOfTheBodiesACaseWentThroughAreOneItem() {
        // a one-item page without a title: the committee's decision, then the next body's, belong to the same case
        Meeting m = parse("""
                Referat
                Torsdag 14. november 2024 kl. 19:30
                Kommunalbestyrelsen

                Sagsfremstilling
                Lindby Bådelaug ønsker at leje havnens gamle pakhus.
                Indstilling
                Forvaltningen indstiller, at lejeaftalen godkendes.
                Beslutning Havneudvalget den 21-10-2024
                Anbefalet.
                Beslutning Økonomiudvalget den 04-11-2024
                Anbefalet med en kortere lejeperiode.
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
                Søholm Kommune Byrådet. Referat. Mødedato: 17. juni 2020

                1 Mødedato: 17. juni 2020 Mødelokale: Rådhussalen, Søholm Rådhus Mødetidspunkt: 18:00

                2 Indholdsfortegnelse Pkt. Tekst Side 1 Valg af formand for Ungdomsrådet 4 2 Nye vedtægter for \
                Musikskolen 7 3 Status på skolernes trivsel 10 4 Regnskab 2019 for Søholm Lystbådehavn 12 5 Anlæg af \
                cykelsti langs Ringvejen Tilskud til borgerhuset Renovering af rådhusets tag Plan for vinterberedskab

                3 9 Kulturstrategi Valg af skolebestyrelse Energiplan for Nordskolen og Lindby Børnehus Lejeaftale \
                mellem Søholm Kommune og spejderne i Lindby Køb af jord ved Møllevej
                """);
        // the page after the contents starts with 9, so the last entry before it holds items 5 to 8; the excerpt
        // ends inside the title of item 13
        assertEquals(List.of("Valg af formand for Ungdomsrådet", "Nye vedtægter for Musikskolen",
                "Status på skolernes trivsel", "Regnskab 2019 for Søholm Lystbådehavn",
                "Anlæg af cykelsti langs Ringvejen", "Tilskud til borgerhuset", "Renovering af rådhusets tag",
                "Plan for vinterberedskab", "Kulturstrategi", "Valg af skolebestyrelse",
                "Energiplan for Nordskolen og Lindby Børnehus",
                "Lejeaftale mellem Søholm Kommune og spejderne i Lindby"), titles(m));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
                m.items().stream().map(AgendaItem::number).toList());
    }

    @Test
    void aRoomNounBeforeItsNumberIsPartOfThePlace() {
        Meeting m = parse("""
                Ældrerådet. Referat. Dato 6. november 2019 Mødetidspunkt 09:30 Sluttidspunkt 11:45 Lokale 14, Hedeby Rådhus

                1. Godkendelse af dagsorden
                Beslutning
                Godkendt.
                """);
        assertEquals("Lokale 14, Hedeby Rådhus", m.place());
        Meeting labelled = parse("""
                Ældrerådet
                Dato: 6. november 2019
                Mødelokale: Byrådssalen

                1. Godkendelse af dagsorden
                Beslutning
                Godkendt.
                """);
        assertEquals("Byrådssalen", labelled.place(), "a room noun with a colon is a label");
    }

    /** Each item's journal number as written, null for an item without one. */
    private static List<String> journalNumbers(Meeting m) {
        return m.items().stream().map(i -> i.journalNumber() == null ? null : i.journalNumber().raw()).toList();
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
        assertEquals(List.of("27.69.48-A00-1-25", "00.22.04-G01-3-25"), journalNumbers(m));
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
        // the first written without a colon, the second after the officer's line
        assertEquals(List.of("00.01.00-A00-7-22", "05.01.00-A00-2-22"), journalNumbers(m));
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
        // item 62's case line is under its title
        assertEquals(List.of("00.01.00-A00-7-22", "05.01.00-A00-2-22", "00.01.00-A00-8-22"), journalNumbers(m));
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
        assertEquals(List.of("27.69.48-A00-1-25", "00.22.04-G01-3-25"), journalNumbers(m));
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
        assertEquals(List.of("27.69.48-A00-1-25", "00.22.04-G01-3-25"), journalNumbers(m));
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

    @Test
    void aDocumentPartTheFileNumbersAsAnItemIsAnItemInItsOtherMeetingsContents() {
        // one publisher's file of two meetings: the first numbers the signature sheet as an item, so the second's
        // contents, which list it without a number, list an item too
        List<Meeting> meetings = parser.parse("test.txt", """
                Referat af Nordby Byråds møde 12. januar 2027

                Dato: 12. januar 2027, kl. 17:00

                Indhold
                Godkendelse af dagsorden ........ 2
                Underskriftsblad ........ 3

                Sag 1: Godkendelse af dagsorden

                Beslutning
                Godkendt.

                Sag 2: Underskriftsblad

                Referat af Nordby Byråds møde 26. januar 2027

                Dato: 26. januar 2027, kl. 17:00

                Indhold
                Godkendelse af dagsorden ........ 2
                Salg af grund ved Engvej ........ 3
                Ny sti langs Skovvej ........ 5
                Underskriftsblad ........ 7
                """).meetings();
        assertEquals(2, meetings.size(), meetings.toString());
        assertEquals(List.of("Godkendelse af dagsorden", "Underskriftsblad"), titles(meetings.get(0)));
        assertEquals(List.of("Godkendelse af dagsorden", "Salg af grund ved Engvej", "Ny sti langs Skovvej",
                "Underskriftsblad"), titles(meetings.get(1)));
    }

    @Test
    void theNextNumberAloneAfterTheContentsIsAnItemWhoseTitleIsWithheld() {
        String contents = """
                Referat af Byrådets møde 3. marts 2027
                Nr. Emne
                41 Godkendelse af dagsorden
                42 Ny legeplads i Nordby
                43 Salg af areal
                %s
                01.02.05-P20-4-27

                41. Godkendelse af dagsorden
                Beslutning
                Godkendt.
                """;
        Meeting withheld = parse(contents.formatted("44"));
        assertEquals(List.of(41, 42, 43, 44), withheld.items().stream().map(AgendaItem::number).toList(),
                titles(withheld).toString());
        assertEquals("", withheld.items().get(3).title());
        Meeting pageNumber = parse(contents.formatted("46"));
        assertEquals(List.of(41, 42, 43), pageNumber.items().stream().map(AgendaItem::number).toList(),
                "a number that does not go on the numbering is no entry");
    }
}
