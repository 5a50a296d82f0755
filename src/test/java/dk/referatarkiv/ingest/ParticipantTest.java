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
            assertEquals(written.strip().replaceFirst("(?<=\\p{L}{3})\\.$", ""), name(written), written);
        }
    }
}
