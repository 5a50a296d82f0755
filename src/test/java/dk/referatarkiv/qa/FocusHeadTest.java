package dk.referatarkiv.qa;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which words a "hvilken X" question's noun heads: the mention that answers it ends in X. A one-letter noun ("Hvilken
 * ø …", "Hvilken å …") heads names only: an ordinary word that merely ends in the letter is no island.
 */
class FocusHeadTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Boligpolitikken|politik|true",
            "hallen|hal|true",
            "Sportshalla|skole|false",
            "Lilleø|ø|true",
            "Skovå|å|true",
            "Tyø|ø|true",
            "miljø|ø|false",
            "Miljø|ø|false",
            "frø|ø|false"})
    void theNounHeadsItsCompoundsInflectionsAndNames(String word, String focus, boolean headed) {
        assertEquals(headed, SpanExtractor.headedBy(word, focus), word + " ~ " + focus);
    }
}
