package dk.referatarkiv.qa;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which words a "hvilken X" question's noun heads: the mention that answers it ends in X. */
class FocusHeadTest {

    @Test
    void aNounHeadsItsCompoundsAndInflections() {
        assertTrue(SpanExtractor.headedBy("Boligpolitikken", "politik"));
        assertTrue(SpanExtractor.headedBy("hallen", "hal"));
        assertFalse(SpanExtractor.headedBy("Sportshalla", "skole"));
    }

    @Test
    void aOneLetterNounHeadsNamesOnly() {
        // "Hvilken ø …", "Hvilken å …": the island or stream is a name ending in the noun
        assertTrue(SpanExtractor.headedBy("Lilleø", "ø"));
        assertTrue(SpanExtractor.headedBy("Skovå", "å"));
        assertTrue(SpanExtractor.headedBy("Tyø", "ø"));
        // ordinary words that merely end in the letter are no island
        assertFalse(SpanExtractor.headedBy("miljø", "ø"));
        assertFalse(SpanExtractor.headedBy("Miljø", "ø"));
        assertFalse(SpanExtractor.headedBy("frø", "ø"));
    }
}
