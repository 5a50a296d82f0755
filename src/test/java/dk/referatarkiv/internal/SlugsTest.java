package dk.referatarkiv.internal;

import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Slugs as the ids of persons and bodies have always been spelt: the one-pass slug agrees with the rule written out. */
class SlugsTest {

    /** The rule as regular expressions: what ids were made with, and what they must stay. */
    private static String byTheRule(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "x" : slug;
    }

    @Test
    void danishNamesAndBodies() {
        assertEquals("oekonomiudvalget", Slugs.slug("Økonomiudvalget"));
        assertEquals("soeren-aaberg-hansen", Slugs.slug("  Søren Åberg-Hansen "));
        assertEquals("rene-loeve", Slugs.slug("René Løve"));
        assertEquals("udvalget-for-klima-miljoe-2022", Slugs.slug("Udvalget for Klima & Miljø (2022)"));
        assertEquals("x", Slugs.slug(" – "));
        assertEquals("x", Slugs.slug(""));
    }

    @Test
    void agreesWithTheRuleOnAnyText() {
        List<String> samples = List.of("Æble", "ÅRHUS", "Ærø Kommune", "naïve café", "Zoë", "A/S", "ﬁrma", "Ⅻ",
                "straße", "İstanbul", "e\u0301", "\uD835\uDC00", "x\u20DDy", "9. kl.", "--a--b--");
        for (String s : samples) {
            assertEquals(byTheRule(s), Slugs.slug(s), s);
        }
        String alphabet = "aAzZ09æøåÆØÅéÉüÜ -_.,/&()\u0301\u0308\t\n€§ßİı";
        for (String s : TestData.randomTexts(11, alphabet, 11, 20_000)) {
            assertEquals(byTheRule(s), Slugs.slug(s), s);
        }
    }
}
