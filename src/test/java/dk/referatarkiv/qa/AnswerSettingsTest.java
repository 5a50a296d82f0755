package dk.referatarkiv.qa;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The answerer's fitted settings: a changed threshold keeps the others, and values out of range are refused. */
class AnswerSettingsTest {

    @Test
    void aNewThresholdKeepsTheItemsRead() {
        AnswerSettings s = new AnswerSettings(0.55, 0.60, 15).withThreshold(0.65);
        assertEquals(new AnswerSettings(0.65, 0.65, 15), s);
        assertEquals(new AnswerSettings(0.65, 0.80, 15), s.withSentenceThreshold(0.80));
    }

    @Test
    void valuesOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AnswerSettings(0.55, 0.55, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new AnswerSettings(0.55, 0.55, AnswerSettings.MAX_SEARCHED_ITEMS + 1));
        assertThrows(IllegalArgumentException.class, () -> new AnswerSettings(0.55, 0.50, 20));
        assertThrows(IllegalArgumentException.class, () -> new AnswerSettings(0, 0.50, 20));
    }
}
