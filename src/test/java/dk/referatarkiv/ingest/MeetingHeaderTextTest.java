package dk.referatarkiv.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void noParticipantsNoEntries() {
        Meeting m = new Meeting("m", "", "Byrådet", null, null, null, "", List.of(), List.of(), "m.txt");
        assertEquals("", m.headerText());
        assertEquals(List.of(), m.headerEntries());
    }
}
