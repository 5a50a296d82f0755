package dk.referatarkiv.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Attendance written as sentences, in the forms real minutes use (names made up). */
class AttendanceSentencesTest {

    private final AttendanceSentences reader = new AttendanceSentences(MinutesLexicon.DEFAULT);

    private static Participant p(String name, String party, Participant.Presence presence, String note) {
        return new Participant(name, "", party, presence, note);
    }

    @Test
    void absenceWithASubstituteInTwoSentences() {
        assertEquals(List.of(p("Ane Krog", "A", Participant.Presence.ABSENT, ""),
                        p("Bo Ravn Skov", "", Participant.Presence.SUBSTITUTE, "for Ane Krog"),
                        p("Ib Lund", "V", Participant.Presence.ABSENT, ""),
                        p("Kaj Hede", "", Participant.Presence.SUBSTITUTE, "for Ib Lund")),
                reader.read("Ane Krog (A) har meldt afbud. Bo Ravn Skov blev indkaldt som stedfortræder. "
                        + "Ib Lund (V) havde lovligt forfald. Kaj Hede er indkaldt som stedfortræder."));
    }

    @Test
    void aDashOrAfbudFraNamesTheSubstituteAndALabelIsNoName() {
        assertEquals(List.of(p("Ib Lund", "V", Participant.Presence.ABSENT, ""),
                        p("Eva Dam", "V", Participant.Presence.SUBSTITUTE, "for Ib Lund")),
                reader.read("Afbud: Ib Lund (V) - Eva Dam (V) deltog som stedfortræder."));
        assertEquals(List.of(p("Lis Mørk", "", Participant.Presence.ABSENT, ""),
                        p("Jon Birk", "", Participant.Presence.SUBSTITUTE, "for Lis Mørk")),
                reader.read("Fraværende Lis Mørk – Jon Birk blev indkaldt som stedfortræder."));
        assertEquals(List.of(p("Tove Lind Bach", "", Participant.Presence.ABSENT, ""),
                        p("Finn Hald", "", Participant.Presence.SUBSTITUTE, "for Tove Lind Bach"),
                        p("Gerd Holm Sand", "", Participant.Presence.ABSENT, ""),
                        p("Ulf Krag", "", Participant.Presence.SUBSTITUTE, "for Gerd Holm Sand")),
                reader.read("Afbud fra Tove Lind Bach, stedfortræder: Finn Hald; afbud fra Gerd Holm Sand, "
                        + "stedfortræder: Ulf Krag."));
    }

    @Test
    void theSubstituteFirstThenWhomFor() {
        assertEquals(List.of(p("Lis Mørk", "", Participant.Presence.ABSENT, ""),
                        p("Jon Birk Holm", "", Participant.Presence.SUBSTITUTE, "for Lis Mørk")),
                reader.read("Stedfortræder Jon Birk Holm var indkaldt for Lis Mørk, som har meldt afbud."));
        assertEquals(List.of(p("Ane Krog", "A", Participant.Presence.ABSENT, ""),
                        p("Bo Skov", "A", Participant.Presence.SUBSTITUTE, "for Ane Krog")),
                reader.read("Bo Skov (A) mødte som stedfortræder for Ane Krog (A)."));
        assertEquals(List.of(p("Kaj Hede", "", Participant.Presence.ABSENT, ""),
                        p("Eva Dam", "", Participant.Presence.SUBSTITUTE, "for Kaj Hede")),
                reader.read("Suppleant Eva Dam var indkaldt i stedet for Kaj Hede."));
    }

    @Test
    void inhabilOnItems() {
        assertEquals(List.of(p("Per Hald", "", Participant.Presence.PRESENT, "inhabil: pkt. 12")),
                reader.read("Per Hald deltog ikke under punkt 12, fordi han erklærede sig inhabil."));
        assertEquals(List.of(p("Lone Ager", "V", Participant.Presence.PRESENT, "inhabil: pkt. 5 og 9"),
                        p("Rikke Mose", "V", Participant.Presence.SUBSTITUTE, "for Lone Ager under pkt. 5 og 9")),
                reader.read("Ved sagerne 5 og 9 deltog stedfortræder Rikke Mose (V) da Lone Ager (V) var "
                        + "inhabil."));
    }

    @Test
    void absenceAloneAndProseAboutSubstitutesInGeneral() {
        assertEquals(List.of(p("Ole Vang", "C", Participant.Presence.ABSENT, "lovligt forfald")),
                reader.read("Ole Vang (C) havde lovligt forfald."));
        assertEquals(List.of(p("Kaj Skov-Hansen", "", Participant.Presence.ABSENT, "lovligt forfald"),
                        p("Lis Mørk", "A", Participant.Presence.ABSENT, "lovligt forfald"),
                        p("Ulf Krag", "", Participant.Presence.ABSENT, "lovligt forfald")),
                reader.read("Kaj Skov-Hansen, Lis Mørk (A) og Ulf Krag har meldt afbud."));
        assertEquals(List.of(), reader.read("Hvis et medlem har forfald, kan partiet bede om, at en "
                + "stedfortræder kaldes ind til mødet."));
    }

    @Test
    void aListsFullStopIsNotPartOfTheNameButAnInitialsIs() {
        assertEquals("Ole Vang", new Participant("Ole Vang.", "").name());
        assertEquals("Poul E.", new Participant("Poul E.", "").name());
    }
}
