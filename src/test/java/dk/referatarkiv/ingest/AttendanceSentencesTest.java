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
                reader.read("Ane Krog (A) havde lovligt forfald. Bo Ravn Skov var indkaldt som stedfortræder. "
                        + "Ib Lund (V) havde lovligt forfald. Kaj Hede var indkaldt som stedfortræder."));
    }

    @Test
    void aDashOrAfbudFraNamesTheSubstituteAndALabelIsNoName() {
        assertEquals(List.of(p("Ib Lund", "V", Participant.Presence.ABSENT, ""),
                        p("Eva Dam", "V", Participant.Presence.SUBSTITUTE, "for Ib Lund")),
                reader.read("Fraværende: Ib Lund (V) - Eva Dam (V) mødte som stedfortræder."));
        assertEquals(List.of(p("Lis Mørk", "", Participant.Presence.ABSENT, ""),
                        p("Jon Birk", "", Participant.Presence.SUBSTITUTE, "for Lis Mørk")),
                reader.read("Fraværende Lis Mørk – Jon Birk er indkaldt som stedfortræder."));
        assertEquals(List.of(p("Tove Lind Bach", "", Participant.Presence.ABSENT, ""),
                        p("Finn Hald", "", Participant.Presence.SUBSTITUTE, "for Tove Lind Bach"),
                        p("Gerd Holm Sand", "", Participant.Presence.ABSENT, ""),
                        p("Ulf Krag", "", Participant.Presence.SUBSTITUTE, "for Gerd Holm Sand")),
                reader.read("Afbud fra Tove Lind Bach stedfortræder Finn Hald. Afbud fra Gerd Holm Sand "
                        + "stedfortræder Ulf Krag"));
    }

    @Test
    void theSubstituteFirstThenWhomFor() {
        assertEquals(List.of(p("Lis Mørk", "", Participant.Presence.ABSENT, ""),
                        p("Jon Birk Holm", "", Participant.Presence.SUBSTITUTE, "for Lis Mørk")),
                reader.read("Stedfortræder Jon Birk Holm mødte for Lis Mørk, der havde forfald."));
        assertEquals(List.of(p("Ane Krog", "A", Participant.Presence.ABSENT, ""),
                        p("Bo Skov", "A", Participant.Presence.SUBSTITUTE, "for Ane Krog")),
                reader.read("Bo Skov (A) deltog som stedfortræder for Ane Krog (A)."));
        assertEquals(List.of(p("Kaj Hede", "", Participant.Presence.ABSENT, ""),
                        p("Eva Dam", "", Participant.Presence.SUBSTITUTE, "for Kaj Hede")),
                reader.read("Suppleant Eva Dam var indkaldt i stedet for Kaj Hede."));
    }

    @Test
    void inhabilOnItems() {
        assertEquals(List.of(p("Per Hald", "", Participant.Presence.PRESENT, "inhabil: pkt. 41")),
                reader.read("Per Hald medvirkede ikke ved behandlingen af pkt. 41, idet han var inhabil."));
        assertEquals(List.of(p("Lone Ager", "V", Participant.Presence.PRESENT, "inhabil: pkt. 3 og 7"),
                        p("Rikke Mose", "V", Participant.Presence.SUBSTITUTE, "for Lone Ager under pkt. 3 og 7")),
                reader.read("Under punkterne 3 og 7 deltog stedfortræder Rikke Mose (V), da Lone Ager (V) var "
                        + "inhabil."));
    }

    @Test
    void absenceAloneAndProseAboutSubstitutesInGeneral() {
        assertEquals(List.of(p("Ole Vang", "C", Participant.Presence.ABSENT, "lovligt forfald")),
                reader.read("Ole Vang (C) havde lovligt forfald."));
        assertEquals(List.of(p("Kaj Skov-Hansen", "", Participant.Presence.ABSENT, "lovligt forfald"),
                        p("Lis Mørk", "A", Participant.Presence.ABSENT, "lovligt forfald"),
                        p("Ulf Krag", "", Participant.Presence.ABSENT, "lovligt forfald")),
                reader.read("Kaj Skov-Hansen, Lis Mørk (A) og Ulf Krag havde meldt forfald."));
        assertEquals(List.of(), reader.read("Når et medlem er fraværende med lovligt forfald, indkalder "
                + "kommunen en stedfortræder efter reglerne."));
    }

    @Test
    void aListsFullStopIsNotPartOfTheNameButAnInitialsIs() {
        assertEquals("Ole Vang", new Participant("Ole Vang.", "").name());
        assertEquals("Poul E.", new Participant("Poul E.", "").name());
    }
}
