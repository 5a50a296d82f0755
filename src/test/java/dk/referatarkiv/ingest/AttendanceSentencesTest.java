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
        assertEquals(List.of(p("Camilla Holm", "A", Participant.Presence.ABSENT, ""),
                        p("Anne Marie Berg", "", Participant.Presence.SUBSTITUTE, "for Camilla Holm"),
                        p("Evan Lund", "V", Participant.Presence.ABSENT, ""),
                        p("Christian Ravn", "", Participant.Presence.SUBSTITUTE, "for Evan Lund")),
                reader.read("Camilla Holm (A) havde lovligt forfald. Anne Marie Berg var indkaldt som stedfortræder. "
                        + "Evan Lund (V) havde lovligt forfald. Christian Ravn var indkaldt som stedfortræder."));
    }

    @Test
    void aDashOrAfbudFraNamesTheSubstituteAndALabelIsNoName() {
        assertEquals(List.of(p("Evan Lund", "V", Participant.Presence.ABSENT, ""),
                        p("Marianne Kær", "V", Participant.Presence.SUBSTITUTE, "for Evan Lund")),
                reader.read("Fraværende: Evan Lund (V) - Marianne Kær (V) mødte som stedfortræder."));
        assertEquals(List.of(p("Vivi Jensen", "", Participant.Presence.ABSENT, ""),
                        p("Thomas Palm", "", Participant.Presence.SUBSTITUTE, "for Vivi Jensen")),
                reader.read("Fraværende Vivi Jensen – Thomas Palm er indkaldt som stedfortræder."));
        assertEquals(List.of(p("Bente Viola Holm", "", Participant.Presence.ABSENT, ""),
                        p("Anders Lind", "", Participant.Presence.SUBSTITUTE, "for Bente Viola Holm"),
                        p("Mogens Leo Hansen", "", Participant.Presence.ABSENT, ""),
                        p("Gert Wahl", "", Participant.Presence.SUBSTITUTE, "for Mogens Leo Hansen")),
                reader.read("Afbud fra Bente Viola Holm stedfortræder Anders Lind. Afbud fra Mogens Leo Hansen "
                        + "stedfortræder Gert Wahl"));
    }

    @Test
    void inhabilOnItems() {
        assertEquals(List.of(p("Gunnar Nielsen", "", Participant.Presence.PRESENT, "inhabil: pkt. 357")),
                reader.read("Gunnar Nielsen medvirkede ikke ved behandlingen af pkt. 357, idet han var inhabil."));
        assertEquals(List.of(p("Charlotte Bie", "V", Participant.Presence.PRESENT, "inhabil: pkt. 14 og 18"),
                        p("Susanne Rask", "V", Participant.Presence.SUBSTITUTE, "for Charlotte Bie under pkt. 14 og 18")),
                reader.read("Under punkterne 14 og 18 deltog stedfortræder Susanne Rask (V), da Charlotte Bie (V) var "
                        + "inhabil."));
    }

    @Test
    void absenceAloneAndProseAboutSubstitutesInGeneral() {
        assertEquals(List.of(p("Tuncay Yilmaz", "A", Participant.Presence.ABSENT, "lovligt forfald")),
                reader.read("Tuncay Yilmaz (A) havde lovligt forfald."));
        assertEquals(List.of(), reader.read("I tilfælde af, at et medlem af byrådet er fraværende med lovligt anmeldt "
                + "forfald, skal der indkaldes stedfortræder for den pågældende."));
    }

    @Test
    void aListsFullStopIsNotPartOfTheNameButAnInitialsIs() {
        assertEquals("Tuncay Yilmaz", new Participant("Tuncay Yilmaz.", "").name());
        assertEquals("Poul E.", new Participant("Poul E.", "").name());
    }
}
