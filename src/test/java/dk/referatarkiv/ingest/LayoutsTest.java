package dk.referatarkiv.ingest;

import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The segmenter on the layouts the project wrote fixtures for; real layouts are scored by parse-eval. */
class LayoutsTest {

    private final MinutesParser parser = new MinutesParser();

    @Test
    void plainTextAndMarkdownParseToTheSameMeeting() {
        ParsedMinutes plain = parser.parse("x", TestData.read("fixtures/layouts/plain.txt"));
        ParsedMinutes markdown = parser.parse("x", TestData.read("fixtures/layouts/markdown.md"));
        assertEquals(plain.meeting(), markdown.meeting());
        assertEquals(List.of(), plain.warnings());
        assertEquals(List.of(), markdown.warnings());
        Meeting m = plain.meeting();
        assertEquals("chefforum-2025-03-05", m.id());
        assertEquals(LocalTime.of(10, 30), m.startTime());
        assertEquals(List.of(new Participant("Anna Holm", "Kommunaldirektør"),
                new Participant("Bo Lind", "Afdelingschef for Økonomi & Stab")), m.participants());
        AgendaItem item = m.item(2).orElseThrow();
        assertEquals("Vandløbsplan 2026", item.title());
        assertEquals("Chefen for Økonomi & Stab", item.recommender());
        assertEquals("(10 min.)", item.timeAllotment());
        assertEquals("Planen dækker følgende:\n\n(mio kr.) | 2025 |  | 2026\nDrift | 1,2 |  | 1,4",
                item.section(SectionKind.SAGSFREMSTILLING).orElseThrow().text());
        assertEquals(List.of("Udkast til vandløbsplan", "Tidsplan 2026"),
                item.section(SectionKind.BILAG).orElseThrow().attachments());
    }

    @Test
    void committeeLayoutWithLabelledHeaderAndNumberedItems() {
        ParsedMinutes parsed = parser.parse("oeu.txt", TestData.read("fixtures/layouts/udvalg.txt"));
        assertEquals("headings", parsed.layout());
        assertEquals(List.of(), parsed.warnings());
        Meeting m = parsed.meeting();
        assertEquals("oekonomiudvalget-2020-06-24", m.id());
        assertEquals("Økonomiudvalget", m.body());
        assertEquals(LocalDate.of(2020, 6, 24), m.date());
        assertEquals(LocalTime.of(17, 0), m.startTime());
        assertEquals("Rådhuset, mødesal 1", m.place());
        assertEquals(List.of(party("Jens Hansen", "A", Participant.Presence.PRESENT, ""),
                party("Mette Friis", "V", Participant.Presence.PRESENT, ""),
                party("Ole Berg", "F", Participant.Presence.PRESENT, ""),
                party("Lise Kjær", "C", Participant.Presence.ABSENT, "Fraværende")), m.participants());
        assertEquals(2, m.items().size());
        AgendaItem first = m.item(1).orElseThrow();
        assertEquals("Godkendelse af dagsorden", first.title());
        assertEquals("00.01.00-A00-12-20", first.journalNumber().raw());
        assertEquals("Resumé", first.sections().get(0).heading());
        Section decision = first.section(SectionKind.BESLUTNING).orElseThrow();
        assertEquals("Beslutning i Økonomiudvalget den 24-06-2020", decision.heading());
        assertEquals("Godkendt.", decision.text());
        AgendaItem second = m.item(2).orElseThrow();
        // "2. kvartal" and "1. at ..." inside an item do not start items.
        assertTrue(second.section(SectionKind.SAGSFREMSTILLING).orElseThrow().text().contains("2. kvartal følges op"));
        assertEquals("Anbefales.", second.section(SectionKind.BESLUTNING).orElseThrow().text());
        assertEquals("Direktionen", second.recommender());
    }

    @Test
    void unrecognisedLayoutBecomesOneItemWithAWarning() {
        ParsedMinutes parsed = parser.parse("notes.txt", TestData.read("fixtures/bad/notes.txt"));
        assertEquals("whole text", parsed.layout());
        assertEquals(1, parsed.meeting().items().size());
        assertTrue(parsed.meeting().items().get(0).sections().get(0).text().contains("Vestskoven"));
        assertTrue(parsed.warnings().stream().anyMatch(w -> w.message().contains("no agenda items recognised")));
        assertNull(parsed.meeting().date());
        assertTrue(parsed.meeting().id().matches("referat-[0-9a-f]{8}"), parsed.meeting().id());
    }

    @Test
    void oneItemForWantOfNumbersIsStillSplitAtItsSectionHeadings() {
        String text = """
                Byrådet - referat
                Mandag den 4. marts 2024 kl. 19:00
                Sted: Rådhussalen, Egeskov Rådhus
                Deltagere: Lene Krog, Palle Bach, Rikke Dam
                Afbud: Palle Bach

                Sagsnr.: 24/0456

                Resume
                Egeskov Kulturhus søger om et lån til nye stole i salen, fordi de gamle er slidte.

                Indstilling
                Borgmesteren indstiller,
                1. at byrådet bevilger et lån på 200.000 kr. til Egeskov Kulturhus.

                Beslutning i Byrådet den 04-03-2024
                Byrådet bevilgede et tilskud på 150.000 kr. i stedet for et lån.
                """;
        ParsedMinutes parsed = parser.parse("egeskov.txt", text);
        assertEquals("whole text", parsed.layout());
        AgendaItem whole = parsed.meeting().items().get(0);
        assertEquals(1, parsed.meeting().items().size());
        assertTrue(whole.sections().get(0).text().contains("Sted: Rådhussalen"), "the header as written comes first");
        assertTrue(whole.section(SectionKind.INDSTILLING).orElseThrow().text().contains("bevilger et lån"));
        Section decision = whole.section(SectionKind.BESLUTNING).orElseThrow();
        assertEquals("Beslutning i Byrådet den 04-03-2024", decision.heading());
        assertTrue(decision.text().startsWith("Byrådet bevilgede et tilskud"), decision.text());
        assertFalse(decision.text().contains("200.000"), "the recommendation stays out of the decision");
        assertTrue(whole.sections().stream().anyMatch(s -> s.heading().equals("Resume") && s.text().contains("nye stole")));
        // the whole text may hold several matters: "Borgmesteren indstiller" is not the whole text's recommender
        assertEquals("", whole.recommender());
    }

    @Test
    void aWholeTextKeepsTheLinesAnItemWouldTakeAsItsOwn() {
        // a journal number first, a time allotment and an "X indstiller": in one matter's item they are the item's; in a
        // whole text that may hold several matters they stay text, and nobody is the whole text's recommender
        String text = "00.01.00-A00-1-21\n\nResume\nKommunen skal vælge en ny leverandør af skolemælk.\n(10 min.)\n\n"
                + "Indstilling\nDirektøren indstiller, at tilbuddet fra Mejeriet godkendes.\n";
        ParsedMinutes parsed = parser.parse("notat.txt", text);
        assertEquals("whole text", parsed.layout());
        AgendaItem whole = parsed.meeting().items().get(0);
        assertNull(whole.journalNumber());
        assertEquals("", whole.timeAllotment());
        assertEquals("", whole.recommender());
        String kept = String.join("\n", whole.sections().stream().map(Section::text).toList());
        assertTrue(kept.contains("00.01.00-A00-1-21") && kept.contains("(10 min.)"), kept);
    }

    @Test
    void contradictoryDatesAreReportedWithTheirLineAndTheWeekdayDecides() {
        // 5 March 2025 is a Wednesday ("Onsdag"); the day number of the labelled date is the typo.
        String text = "REFERAT Chefforum d. 05-03-2025\n\nMødedato Onsdag d. 6. marts 2025 kl. 10:30\n\nPunkt 1: A\n";
        ParsedMinutes parsed = parser.parse("f.txt", text);
        assertEquals(LocalDate.of(2025, 3, 5), parsed.meeting().date());
        IngestProblem warning = parsed.warnings().get(0);
        assertEquals(3, warning.line());
        assertTrue(warning.message().contains("contradicts"), warning.message());
    }

    @Test
    void aLabelledDateBeatsATitleDateWhenTheWeekdayAgrees() {
        String text = "REFERAT Chefforum d. 05-03-2025\n\nMødedato Torsdag d. 6. marts 2025 kl. 10:30\n\nPunkt 1: A\n";
        assertEquals(LocalDate.of(2025, 3, 6), parser.parse("f.txt", text).meeting().date());
    }

    /** Regression: "er"/"var" before a value was stripped from a name that starts with it, so "Erik Sand" was lost. */
    @Test
    void aFirstParticipantNamedErikOrVagnKeepsTheName() {
        String text = "Referat\n\nUdvalg: Byrådet\nDato: 02-05-2023 kl. 19:00\n\nDeltagere:\n• Erik Sand (C)\n• Fie Holm (F)\n\n"
                + "Fraværende:\nVagn Ravn (V)\n\nFraværende var: Ole Berg (A)\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n";
        Meeting m = parser.parse("f.txt", text).meeting();
        assertEquals(List.of(party("Erik Sand", "C", Participant.Presence.PRESENT, ""),
                party("Fie Holm", "F", Participant.Presence.PRESENT, ""),
                party("Vagn Ravn", "V", Participant.Presence.ABSENT, "Fraværende"),
                party("Ole Berg", "A", Participant.Presence.ABSENT, "Fraværende")), m.participants());
    }

    /** Regression: "Søholm Kommunes Byråd" gave the municipality "Kommunes" (read as the town of a Byråd). */
    @Test
    void aMunicipalityInTheGenitiveIsTheMunicipality() {
        String intro = "Søholm Kommunes Byråd offentliggør referatet nedenfor.\n\n";
        String minutes = "Referat\n\nUdvalg: Byrådet\nDato: 02-05-2023\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n";
        assertEquals("Søholm", parser.parse("f.txt", intro + minutes).meeting().municipality());
        String council = "Kommunens Byråd\n\n" + minutes;
        assertEquals("", parser.parse("f.txt", council).meeting().municipality());
    }

    private static Participant party(String name, String party, Participant.Presence presence, String note) {
        return new Participant(name, "", party, presence, note);
    }
}
