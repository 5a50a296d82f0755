package dk.referatarkiv.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Person names are replaced everywhere alike; what only looks like a name in a header is left alone. */
class NameSwapperTest {

    private static final List<String> SEEN = List.of("Henrik Harder", "Marie Aasøe", "Tine Buch Juhl",
            "Charlotte H. Larsen", "Pkt. Tekst", "ÅBNE SAGER", "Norddjurs Kommune", "Tuncay Yilmaz.");

    @Test
    void personNamesAreTwoToFourCapitalisedWordsOrInitials() {
        for (String name : List.of("Henrik Harder", "Charlotte H. Larsen", "Karl Erik Høholt Jensen", "Anne-Merete Mikkelsen")) {
            assertTrue(NameSwapper.isPersonName(name), name);
        }
        for (String name : List.of("Pkt. Tekst", "ÅBNE SAGER", "Norddjurs Kommune", "Tuncay Yilmaz.", "Henrik")) {
            assertFalse(NameSwapper.isPersonName(name), name);
        }
    }

    @Test
    void eachNameGetsOneNewNameEverywhereAndLongerWordsAreNotTouched() {
        NameSwapper swapper = new NameSwapper(SEEN);
        String text = "Mødedeltagere Henrik Harder (Kommunaldirektør), Tine Buch Juhl\n"
                + "Henrik Harder indstiller. Henrik Hardersen er en anden. Pkt. Tekst";
        NameSwapper.Swapped swapped = swapper.swap(text, SEEN, new Random(2));
        assertEquals(2, swapped.names());
        String out = swapped.text();
        assertFalse(out.contains("Henrik Harder ") || out.contains("Tine Buch Juhl"), out);
        assertTrue(out.contains("Henrik Hardersen er en anden. Pkt. Tekst"), out);
        String[] lines = out.split("\n");
        String newName = lines[0].substring("Mødedeltagere ".length(), lines[0].indexOf(" (Kommunaldirektør)"));
        assertTrue(lines[1].startsWith(newName + " indstiller."), out);
        assertTrue(out.contains(" Buch "), "a middle name stays: " + out);
    }
}
