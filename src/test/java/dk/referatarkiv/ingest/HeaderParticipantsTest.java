package dk.referatarkiv.ingest;

import dk.referatarkiv.ingest.Participant.Presence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Participant lists with roles before and after the name. */
class HeaderParticipantsTest {

    private final HeaderReader reader = new HeaderReader(MinutesLexicon.DEFAULT);

    /** Regression (real-world 009.txt line 11): the chair is Ane K. Krog, not the name glued to "Formand". */
    @Test
    void aRoleAfterACommaBelongsToTheNameBeforeIt() {
        assertEquals(List.of(member("Ane K. Krog", "formand", "A"), member("Bo Skov", "", "A"),
                        member("Per Hald", "", "V")),
                reader.participants("Ane K. Krog (A), FormandBo Skov (A)Per Hald (V)", Presence.PRESENT, ""));
        assertEquals(List.of(member("Ane K. Krog", "formand", "A"), member("Bo Skov", "", "A")),
                reader.participants("Ane K. Krog (A), Formand\nBo Skov (A)", Presence.PRESENT, ""));
    }

    @Test
    void aRoleBeforeANameIsThatNamesRole() {
        assertEquals(List.of(member("Ib Lund Dam", "formand", "A"), member("Eva Holt", "næstformand", "O"),
                        member("Lis Mørk", "", "A")),
                reader.participants("Formand: Ib Lund Dam (A) Næstformand: Eva Holt (O) Lis Mørk (A)",
                        Presence.PRESENT, ""));
        assertEquals(List.of(member("Jens Hansen", "", "A"), member("Mette Friis", "formand", "V")),
                reader.participants("Jens Hansen (A), Formand: Mette Friis (V)", Presence.PRESENT, ""));
        assertEquals(List.of(member("Jens Hansen", "", "A"), member("Mette Friis", "formand", "V")),
                reader.participants("Jens Hansen (A), Formand Mette Friis (V)", Presence.PRESENT, ""));
        assertEquals(List.of(member("Karin Holm", "borgmester", "V")),
                reader.participants("Karin Holm (V) (borgmester)", Presence.PRESENT, ""));
    }

    /**
     * A parenthesis the export never closed ends its entry at the line's end, and
     * the list goes on after it; a name with nothing in brackets is still read as one.
     */
    @Test
    void aBracketLeftOpenAtTheEndOfALineEndsTheEntry() {
        assertEquals(List.of(absent("Mette Lind", "", "F"),
                        absent("Peter Holm", "Idrætsrådet i Åby og Omegn", ""),
                        absent("Susanne Vind", "Husflidsforeningen", "")),
                reader.participants("Mette Lind (F)\nPeter Holm (Idrætsrådet i Åby og Omegn\n"
                        + "Susanne Vind (Husflidsforeningen)", Presence.ABSENT, "Afbud"));
        assertTrue(HeaderReader.nameLike("Peter Holm (Idrætsrådet i Åby og Omegn"));
        // inside a line, an open bracket is no entry's end
        assertEquals(List.of(absent("Susanne Vind", "Husflidsforeningen", "")),
                reader.participants("Peter Holm (Idrætsrådet, Susanne Vind (Husflidsforeningen)", Presence.ABSENT, "Afbud"));
        // a sentence with a bracket left open is no entry, and does not go on a list
        assertFalse(HeaderReader.nameLike("Mødet holdes i Kulturhuset Bølgen (indgang fra Havnegade"));
        assertEquals(List.of(absent("Mette Lind", "", "F")), reader.participants(
                "Mette Lind (F)\nMødet holdes i Kulturhuset Bølgen (indgang fra Havnegade", Presence.ABSENT, "Afbud"));
        // nor is a single name: a person is named with two words at least
        assertFalse(HeaderReader.nameLike("Kulturhuset (indgang fra Havnegade"));
    }

    private static Participant absent(String name, String role, String party) {
        return new Participant(name, role, party, Presence.ABSENT, "Afbud");
    }

    private static Participant member(String name, String role, String party) {
        return new Participant(name, role, party, Presence.PRESENT, "");
    }
}
