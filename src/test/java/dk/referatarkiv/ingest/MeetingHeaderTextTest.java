package dk.referatarkiv.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The header text of item 0 and where each participant's entry stands in it. */
class MeetingHeaderTextTest {

    private static final String HEADER = "Mødested: Rådhuset\n"
            + "Mødedeltagere: Jens Hansen (formand) (A), Ole Berg (F), Bo Lind (Protokolfører)\n"
            + "Fraværende: Lise Kjær (C)";

    @Test
    void entriesPointIntoTheHeaderTextInParticipantOrder() {
        Meeting m = new Meeting("m", "", "Økonomiudvalget", LocalDate.of(2024, 1, 10), null, null, "Rådhuset",
                List.of(new Participant("Jens Hansen", "formand", "A", Participant.Presence.PRESENT, ""),
                        new Participant("Lise Kjær", "", "C", Participant.Presence.ABSENT, "Afbud"),
                        new Participant("Ole Berg", "", "F", Participant.Presence.PRESENT, ""),
                        new Participant("Bo Lind", "Protokolfører", "", Participant.Presence.OFFICIAL, "")),
                List.of(), "m.txt");
        assertEquals(HEADER, m.headerText());
        List<Meeting.HeaderEntry> entries = m.headerEntries();
        assertEquals(List.of("Jens Hansen (formand) (A)", "Lise Kjær (C)", "Ole Berg (F)", "Bo Lind (Protokolfører)"),
                entries.stream().map(Meeting.HeaderEntry::text).toList());
        for (int i = 0; i < entries.size(); i++) {
            Meeting.HeaderEntry e = entries.get(i);
            assertEquals(m.participants().get(i), e.participant());
            assertEquals(e.text(), HEADER.substring(e.start(), e.end()));
        }
    }

    /**
     * The header as written (the text questions about the meeting are answered from) is the header's lines without
     * the table of contents: a contents line ("2. Tilskud … 3") repeats an item's title with numbers that are no
     * facts of the meeting, and the item itself holds the title.
     */
    @Test
    void theHeaderAsWrittenLeavesOutTheTableOfContents() {
        String text = "Referat\nØkonomiudvalget\nMødedato: Tirsdag den 3. marts 2026\nMødested: Rådhuset, mødelokale 2\n\n"
                + "Indholdsfortegnelse\n1. Godkendelse af dagsorden ........ 2\n2. Tilskud til Sønderby Spejderne ........ 3\n\n"
                + "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
                + "2. Tilskud til Sønderby Spejderne\nSagsfremstilling\nSpejderne søger om 20.000 kr. til en lejr.\n"
                + "Beslutning\nBevilget.\n";
        Meeting m = new MinutesParser().parse("oekonomi.txt", text).meeting();
        assertEquals(List.of("Godkendelse af dagsorden", "Tilskud til Sønderby Spejderne"),
                m.items().stream().map(AgendaItem::title).toList());
        assertTrue(m.headerSource().contains("Mødested: Rådhuset, mødelokale 2"), m.headerSource());
        assertFalse(m.headerSource().contains("Spejderne"), m.headerSource());
        assertFalse(m.headerSource().contains("...."), m.headerSource());
    }

    @Test
    void noParticipantsNoEntries() {
        Meeting m = new Meeting("m", "", "Byrådet", null, null, null, "", List.of(), List.of(), "m.txt");
        assertEquals("", m.headerText());
        assertEquals(List.of(), m.headerEntries());
    }
}
