package dk.referatarkiv.qa;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuestionSpellingTest {

    /** The dictionary of these tests: a few Danish words. */
    private static final Set<String> DANISH = Set.of("hvornår", "hvem", "hvor", "meget", "spares", "der", "ved", "at",
            "samle", "møde", "mødet", "blev", "holdt", "fælles", "aftaler", "i", "er", "formand", "for", "hvad", "koster",
            "skolen", "med");
    /** The words of the minutes in these tests (lower case, as the index holds them). */
    private static final Set<String> MINUTES = Set.of("lønadministrationen", "budgetforslag", "sundhedspuljen",
            "byggeudvalget", "ida", "holm", "idræt", "vestskolen");

    private static final QuestionSpelling SPELLING = new QuestionSpelling(DANISH::contains, new QuestionSpelling.Vocabulary() {
        @Override
        public boolean holds(String word) {
            return MINUTES.contains(word);
        }

        @Override
        public Optional<String> nearest(String word, int maxEdits) {
            return MINUTES.stream().filter(w -> w.charAt(0) == word.charAt(0) && edits(w, word) <= maxEdits).findFirst();
        }
    });

    @Test
    void aWordWrittenWithoutTheDanishLettersIsReadWithThemWhenThatIsAWord() {
        assertEquals("Hvornår blev mødet holdt?", SPELLING.correct("Hvornaar blev moedet holdt?"));
        assertEquals("fælles aftaler", SPELLING.correct("faelles aftaler"));
    }

    @Test
    void aWordNeitherTheDictionaryNorTheMinutesKnowBecomesTheMinutesWordOneEditAway() {
        assertEquals("hvor meget spares der ved at samle lønadministrationen",
                SPELLING.correct("hvor meget spares der ved at samle lønadminstrationen"));
        assertEquals("Budgetforslag til sundhedspuljen", SPELLING.correct("Budgetforlsag til sundhedspujlen"),
                "a swap of two letters is one edit; the first word's capital is kept");
    }

    @Test
    void aWordTheDictionaryKnowsIsKeptThoughTheMinutesLackIt() {
        // "vestskole" is Danish here and one edit from the minutes' "vestskolen": a question about it stays that question
        assertEquals("hvad koster vestskole", new QuestionSpelling(w -> DANISH.contains(w) || w.equals("vestskole"),
                new QuestionSpelling.Vocabulary() {
                    @Override
                    public boolean holds(String word) {
                        return MINUTES.contains(word);
                    }

                    @Override
                    public Optional<String> nearest(String word, int maxEdits) {
                        return word.equals("vestskole") ? Optional.of("vestskolen") : Optional.empty();
                    }
                }).correct("hvad koster vestskole"));
    }

    @Test
    void namesShortWordsAndWordsTwoEditsAwayAreKeptAsTyped() {
        // a name after the first word, or a first word before another capitalised one, is not a slip
        assertEquals("Hvem er formand for Byggeudvalgt", SPELLING.correct("Hvem er formand for Byggeudvalgt"));
        assertEquals("Vestskolne Holm formand", SPELLING.correct("Vestskolne Holm formand"));
        // four letters are too few to correct by an edit
        assertEquals("idrt", SPELLING.correct("idrt"));
        assertEquals("idræt", SPELLING.correct("idrat"));
        // one edit is corrected, two reach other words and are not
        assertEquals("vestskolen med", SPELLING.correct("vestskolne med"));
        assertEquals("vesstkolne med", SPELLING.correct("vesstkolne med"));
    }

    @Test
    void everyChoiceOfPairsIsTriedAllPairsFirst() {
        assertEquals(List.of("møde"), QuestionSpelling.transliterations("moede"));
        assertEquals(List.of("åbenrå", "aabenrå", "åbenraa"), QuestionSpelling.transliterations("aabenraa"));
        assertEquals(List.of(), QuestionSpelling.transliterations("skole"));
    }

    /** Damerau–Levenshtein distance (optimal string alignment). */
    private static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
