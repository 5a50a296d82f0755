package dk.referatarkiv.ingest;

import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A participant's name loses a list's full stop, never an initial's. */
class ParticipantTest {

    private static String name(String written) {
        return new Participant(written, "").name();
    }

    @Test
    void aListsFullStopGoesAnInitialsStays() {
        assertEquals("Sami Kaya", name(" Sami Kaya. "));
        assertEquals("Poul E.", name("Poul E."));
        assertEquals("Bo Ek.", name("Bo Ek."));
        assertEquals("Bo Eks", name("Bo Eks."));
        assertEquals("Søren Ørbæk", name("Søren Ørbæk."));
        assertEquals("", name(" "));
        assertEquals(".", name("."));
        for (String written : List.of("Ab1.", "A.B.", "Abc..", "abc.", "Jens")) {
            assertEquals(byTheRule(written), name(written), written);
        }
    }

    /** The rule as it was written, a regular expression (its look-behind counts letters of the Basic Plane). */
    private static String byTheRule(String written) {
        return written.strip().replaceFirst("(?<=\\p{L}{3})\\.$", "");
    }

    @Test
    void agreesWithTheRuleOnAnyName() {
        // full stops are frequent in the alphabet: a name ending in one is the case in question
        for (String written : TestData.randomTexts(13, "aBæØåéü .-1'...", 8, 20_000)) {
            assertEquals(byTheRule(written), name(written), written);
        }
    }
}
