package dk.referatarkiv.ingest;

import dk.referatarkiv.ingest.Participant.Presence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Participant lists with roles before and after the name. */
class HeaderParticipantsTest {

    private final HeaderReader reader = new HeaderReader(MinutesLexicon.DEFAULT);

    /** Regression (real-world 009.txt line 11): the chair is Birgit S. Hansen, not the name glued to "Formand". */
    @Test
    void aRoleAfterACommaBelongsToTheNameBeforeIt() {
        assertEquals(List.of(member("Birgit S. Hansen", "formand", "A"), member("Bjarne Kvist", "", "A"),
                        member("Peter Sørensen", "", "V")),
                reader.participants("Birgit S. Hansen (A), FormandBjarne Kvist (A)Peter Sørensen (V)", Presence.PRESENT, ""));
        assertEquals(List.of(member("Birgit S. Hansen", "formand", "A"), member("Bjarne Kvist", "", "A")),
                reader.participants("Birgit S. Hansen (A), Formand\nBjarne Kvist (A)", Presence.PRESENT, ""));
    }

    @Test
    void aRoleBeforeANameIsThatNamesRole() {
        assertEquals(List.of(member("Lars Ejby Pedersen", "formand", "A"), member("Kurt Halling", "næstformand", "O"),
                        member("Bente Ankersen", "", "A")),
                reader.participants("Formand: Lars Ejby Pedersen (A) Næstformand: Kurt Halling (O) Bente Ankersen (A)",
                        Presence.PRESENT, ""));
        assertEquals(List.of(member("Jens Hansen", "", "A"), member("Mette Friis", "formand", "V")),
                reader.participants("Jens Hansen (A), Formand: Mette Friis (V)", Presence.PRESENT, ""));
        assertEquals(List.of(member("Jens Hansen", "", "A"), member("Mette Friis", "formand", "V")),
                reader.participants("Jens Hansen (A), Formand Mette Friis (V)", Presence.PRESENT, ""));
        assertEquals(List.of(member("Karin Holm", "borgmester", "V")),
                reader.participants("Karin Holm (V) (borgmester)", Presence.PRESENT, ""));
    }

    private static Participant member(String name, String role, String party) {
        return new Participant(name, role, party, Presence.PRESENT, "");
    }
}
