package dk.referatarkiv.ingest;

import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Golden facts of the five real Chefforum minutes. */
class MinutesParserGoldenTest {

    private static Corpus corpus;

    @BeforeAll
    static void load() throws IOException {
        corpus = TestData.load(TestData.CORPUS);
    }

    @Test
    void everyFileIsReadWithoutProblems() {
        assertEquals(5, corpus.reports().size());
        for (FileReport report : corpus.reports()) {
            assertEquals(FileReport.Status.INDEXED, report.status(), report.file());
            assertEquals(List.of(), report.problems(), report.file());
            assertEquals("headings", report.layout(), report.file());
        }
    }

    @Test
    void itemsPerMeeting() {
        Map<String, Integer> counts = corpus.meetings().stream()
                .collect(Collectors.toMap(Meeting::id, m -> m.items().size()));
        assertEquals(Map.of("chefforum-2017-05-02", 6, "chefforum-2023-05-10", 6, "chefforum-2024-01-17", 7,
                "chefforum-2024-02-14", 6, "chefforum-2024-11-20", 8), counts);
    }

    /** Every item's number, clean title, journal number, recommender and sections, against a reviewed table. */
    @Test
    void everyItemMatchesTheGoldenTable() {
        List<String> expected = TestData.read("golden/items.tsv").lines().skip(1).toList();
        List<String> actual = new ArrayList<>();
        corpus.meetings().stream().sorted(Corpus.NEWEST_FIRST.reversed()).forEach(m -> m.items().forEach(i ->
                actual.add(String.join("\t", m.id(), String.valueOf(i.number()), i.title(),
                        i.journalNumber() == null ? "" : i.journalNumber().raw(), i.recommender(), sections(i)))));
        assertEquals(expected, actual);
    }

    @Test
    void meetingHeaders() {
        Meeting m = meeting("chefforum-2017-05-02");
        assertEquals("Chefforum", m.body());
        assertEquals(LocalDate.of(2017, 5, 2), m.date());
        assertEquals(LocalTime.of(12, 0), m.startTime());
        assertEquals("Mødelokale 2", m.place());
        assertEquals("chefforum-2017-05-02.md", m.sourceFile());
        assertEquals("915", meeting("chefforum-2024-02-14").place());
        assertEquals(LocalTime.of(9, 0), meeting("chefforum-2024-02-14").startTime());
    }

    @Test
    void participantsOf20241120() {
        List<Participant> expected = List.of(
                new Participant("Henrik Harder", "Kommunaldirektør"),
                new Participant("Kristine Klæbel", "Direktør By, Kultur, Miljø & Beskæftigelse"),
                new Participant("Lise Valentin Bayer", "Direktør Børn, Sundhed & Velfærd"),
                new Participant("Marie Aasøe", "Afdelingschef for Økonomi og Stab"),
                new Participant("Dorthe Espenhein", "Afdelingschef Borger, Arbejdsmarked & Erhverv"),
                new Participant("Sisse Krøll Willemoes", "Afdelingschef Dagtilbud & Skole"),
                new Participant("Marie Brøchner Jespersen", "Afdelingschef Miljø & Teknik"),
                new Participant("René Birkemark Olesen", "Afdelingschef Kultur, Fritid & Ejendomme"),
                new Participant("Tine Buch Juhl", "Forperson"));
        assertEquals(expected, meeting("chefforum-2024-11-20").participants());
        assertEquals(List.of(), meeting("chefforum-2017-05-02").participants());
    }

    @Test
    void whichItemsHaveADecision() {
        assertFalse(item("chefforum-2024-02-14", 2).has(SectionKind.BESLUTNING));
        assertFalse(item("chefforum-2024-02-14", 6).has(SectionKind.BESLUTNING));
        assertFalse(item("chefforum-2024-11-20", 1).has(SectionKind.BESLUTNING));
        assertTrue(item("chefforum-2024-02-14", 3).has(SectionKind.BESLUTNING));
        assertEquals("Chefforum godkendte procesplanen.",
                item("chefforum-2024-02-14", 5).section(SectionKind.BESLUTNING).orElseThrow().text());
    }

    @Test
    void attachmentsOf20241120Item2() {
        assertEquals(List.of("Bilag 1 - Automatisering af AI", "Bilag 2 - Aktindsigt", "Bilag 3 - Lønadministration",
                        "Bilag 4 - 7.5 Indkøbsanalyse", "Bilag 5 - 7.6 Indkøbsbesparelse", "Tværgående budgetforslag 2025"),
                item("chefforum-2024-11-20", 2).section(SectionKind.BILAG).orElseThrow().attachments());
    }

    @Test
    void itemDetails() {
        AgendaItem item = item("chefforum-2024-11-20", 2);
        assertEquals("(15 min.)", item.timeAllotment());
        assertEquals(new JournalNumber("00.30.00-P05-3-24", "00.30.00", "P05", 3, 2024), item.journalNumber());
        assertEquals("CF - Evt.", item("chefforum-2017-05-02", 6).rawTitle());
        assertEquals("Evt.", item("chefforum-2017-05-02", 6).title());
        // A bold heading that is not a standard section is kept as a section of its own.
        Section first = item("chefforum-2017-05-02", 4).sections().get(0);
        assertEquals(SectionKind.OTHER, first.kind());
        assertTrue(first.heading().startsWith("Sundhedsfremmegruppen har udmøntet Sundhedspuljen 2017"));
        // A markdown sub-heading inside a section stays part of that section's text.
        assertTrue(item("chefforum-2017-05-02", 3).section(SectionKind.SAGSFREMSTILLING).orElseThrow().text()
                .contains("Igangsættelse af temaproces"));
    }

    @Test
    void tablesStayReadableWithTheirColumns() {
        String text = item("chefforum-2017-05-02", 2).section(SectionKind.SAGSFREMSTILLING).orElseThrow().text();
        assertTrue(text.contains("(mio kr.) | Ansvarlig chef | 2017 |  | 2018"), text);
        assertTrue(text.contains("Bestilling i budgetaftale 2017 |  | 2 |  | 12"), text);
        assertFalse(text.contains("<b>") || text.contains("**") || text.contains("\t"), text);
    }

    @Test
    void tableOfContentsIsNotAnItem() {
        for (Meeting m : corpus.meetings()) {
            for (AgendaItem i : m.items()) {
                assertFalse(i.title().contains("....."), m.id() + " #" + i.number());
            }
        }
    }

    private static String sections(AgendaItem item) {
        return item.sections().stream().map(s -> s.kind() == SectionKind.OTHER ? "OTHER" : s.kind().label())
                .collect(Collectors.joining(","));
    }

    private static Meeting meeting(String id) {
        return corpus.meeting(id).orElseThrow();
    }

    private static AgendaItem item(String meetingId, int number) {
        return meeting(meetingId).item(number).orElseThrow();
    }
}
