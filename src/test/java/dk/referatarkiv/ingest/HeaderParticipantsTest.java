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

    /** Regression: the chair is Lis M. Holm, not the name glued to "Formand". */
    @Test
    void aRoleAfterACommaBelongsToTheNameBeforeIt() {
        assertEquals(List.of(member("Lis M. Holm", "formand", "V"), member("Ole Dam", "", "C"),
                        member("Jes Vind", "", "A")),
                reader.participants("Lis M. Holm (V), FormandOle Dam (C)Jes Vind (A)", Presence.PRESENT, ""));
        assertEquals(List.of(member("Lis M. Holm", "formand", "V"), member("Ole Dam", "", "C")),
                reader.participants("Lis M. Holm (V), Formand\nOle Dam (C)", Presence.PRESENT, ""));
    }

    @Test
    void aRoleAfterADashBelongsToTheNameBeforeIt() {
        // a members' list ending with its chair: "Name (party) - Formand"
        assertEquals(List.of(member("Ole Dam", "", "C"), member("Lis M. Holm", "formand", "V")),
                reader.participants("Ole Dam (C) Lis M. Holm (V) - Formand", Presence.PRESENT, ""));
        assertEquals(List.of(member("Lis M. Holm", "næstformand", "V"), member("Ole Dam", "", "C")),
                reader.participants("Lis M. Holm (V) – Næstformand\nOle Dam (C)", Presence.PRESENT, ""));
        // a dash that opens the next line is a list's bullet, not a role of the name before it
        assertEquals("", reader.participants("Lis M. Holm (V)\n- Formand\nOle Dam (C)", Presence.PRESENT, "")
                .get(0).role());
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
        assertEquals(List.of(absent("Karen Bundgaard", "Seniorklubben", ""),
                        absent("Jonas Ravn", "Spejderne i Lindby og Omegn", ""),
                        absent("Mette Lind", "", "F")),
                reader.participants("Karen Bundgaard (Seniorklubben)\nJonas Ravn (Spejderne i Lindby og Omegn\n"
                        + "Mette Lind (F)", Presence.ABSENT, "Afbud"));
        assertTrue(HeaderReader.nameLike("Jonas Ravn (Spejderne i Lindby og Omegn"));
        // inside a line, an open bracket is no entry's end
        assertEquals(List.of(absent("Karen Bundgaard", "Seniorklubben", "")),
                reader.participants("Jonas Ravn (Spejderne, Karen Bundgaard (Seniorklubben)", Presence.ABSENT, "Afbud"));
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
