package dk.referatarkiv.bench;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Person names are replaced everywhere alike; what only looks like a name in a header is left alone. */
class NameSwapperTest {

    private static final List<String> SEEN = List.of("Henrik Harder", "Marie Aasøe", "Tine Buch Juhl",
            "Hanne B. Lund", "Pkt. Tekst", "ÅBNE SAGER", "Sønderby Kommune", "Sami Kaya.");

    @Test
    void personNamesAreTwoToFourCapitalisedWordsOrInitials() {
        for (String name : List.of("Henrik Harder", "Hanne B. Lund", "Karl Ove Bæk Holm", "Anne-Lise Holt")) {
            assertTrue(NameSwapper.isPersonName(name), name);
        }
        for (String name : List.of("Pkt. Tekst", "ÅBNE SAGER", "Sønderby Kommune", "Sami Kaya.", "Henrik")) {
            assertFalse(NameSwapper.isPersonName(name), name);
        }
    }

    @Test
    void eachNameGetsOneNewNameEverywhereAndLongerWordsAreNotTouched() {
        NameSwapper swapper = new NameSwapper(SEEN, 1);
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

    @Test
    void aPersonIsOneOfAFixedRosterSoPeopleRecurAcrossCopies() {
        NameSwapper swapper = new NameSwapper(SEEN, 1);
        Random random = new Random(3);
        Set<String> newNames = new HashSet<>();
        for (int copy = 0; copy < 200; copy++) {
            newNames.add(swapper.swap("Henrik Harder", SEEN, random).text());
        }
        // 200 free draws from these names would give up to 15 new names; the roster gives at most four (two of them
        // may coincide with so few names to draw from).
        assertTrue(newNames.size() > 1 && newNames.size() <= NameSwapper.ROSTER, newNames.toString());
        assertEquals(newNames, rosterOf(new NameSwapper(SEEN, 1)), "the seed fixes the roster");
    }

    private static Set<String> rosterOf(NameSwapper swapper) {
        Random random = new Random(4);
        Set<String> names = new HashSet<>();
        for (int copy = 0; copy < 200; copy++) {
            names.add(swapper.swap("Henrik Harder", SEEN, random).text());
        }
        return names;
    }
}
