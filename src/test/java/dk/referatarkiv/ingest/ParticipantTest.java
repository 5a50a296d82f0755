package dk.referatarkiv.ingest;

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
        assertEquals("Tuncay Yilmaz", name(" Tuncay Yilmaz. "));
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
        String alphabet = "aBæØåéü .-1'";
        java.util.Random random = new java.util.Random(13);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder written = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                written.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextBoolean()) {
                written.append('.');
            }
            assertEquals(byTheRule(written.toString()), name(written.toString()), written.toString());
        }
    }
}
