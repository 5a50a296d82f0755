package dk.referatarkiv.qa;

import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The keys that match a question's municipality and body to a meeting's, and the capitalised words of minutes that do
 * not state their municipality: read in one pass, and agreeing with the rules as regular expressions on any text.
 */
class TextKeysTest {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\-]+");
    private static final String ALPHABET = "aAbBzZ09æøåÆØÅéÉüÜ -_.,/&()\u0301\u0308\t\n§ßİıⅫ½Ǆǅ";

    private static String keyByTheRule(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT).replace("&", "og")).replaceAll("");
    }

    private static Set<String> wordsByTheRule(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String k = keyByTheRule(m.group());
            out.add(k);
            if (k.length() > 4 && k.endsWith("s")) {
                out.add(k.substring(0, k.length() - 1));
            }
        }
        return out;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        MeetingPreferences.capitalisedWords(text, out);
        return out;
    }

    @Test
    void keysOfBodiesAndMunicipalities() {
        assertEquals("børneogungeudvalget", ConstraintReader.key("Børne- & Ungeudvalget"));
        assertEquals("sønderlandskommune", ConstraintReader.key("Sønderlands Kommune"));
        assertEquals("", ConstraintReader.key(" - "));
        assertEquals(Set.of("sønderlands", "sønderland", "kommune", "byrådet"),
                words("Sønderlands Kommune, referat af Byrådet den 3. maj"));
    }

    @Test
    void aWebDomainNamesItsMunicipality() {
        Set<String> out = new HashSet<>();
        MeetingPreferences.webDomains("Se soenderby.dk/hoering, dagsordener.nordbykommune.dk og post@oest-kommune.dk. "
                + "Læs mere på WWW.VESTBY.DK.", out);
        assertEquals(Set.of("soenderby", "sønderby", "nordbykommune", "nordby", "oestkommune", "østkommune", "oest", "øst",
                "vestby"), out);
        Set<String> mixed = new HashSet<>();
        MeetingPreferences.webDomains("hoeje-haaby.dk", mixed);
        assertEquals(Set.of("hoejehaaby", "højehaaby", "hoejehåby", "højehåby"), mixed);
        // a name of many pairs (a run of letters, not a municipality) gives two forms, not every combination of them
        Set<String> run = new HashSet<>();
        MeetingPreferences.webDomains("a".repeat(80) + ".dk", run);
        assertEquals(Set.of("a".repeat(80), "å".repeat(40)), run);
        Set<String> none = new HashSet<>();
        MeetingPreferences.webDomains("a.dk, filen rapport.dkx, 12.dkr og .dk", none);
        assertEquals(Set.of(), none);
    }

    @Test
    void agreeWithTheRulesOnAnyText() {
        for (String s : List.of("Ærø-Kommune", "İstanbul", "ǅemal", "Ⅻ Ab", "A", "AB-", "x\uD835\uDC00b", "Øens Borgere")) {
            assertEquals(keyByTheRule(s), ConstraintReader.key(s), s);
            assertEquals(wordsByTheRule(s), words(s), s);
        }
        for (String s : TestData.randomTexts(12, ALPHABET, 15, 20_000)) {
            assertEquals(keyByTheRule(s), ConstraintReader.key(s), s);
            assertEquals(wordsByTheRule(s), words(s), s);
        }
    }
}
