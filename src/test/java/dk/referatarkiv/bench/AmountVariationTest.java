package dk.referatarkiv.bench;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Amounts keep their form (decimals, thousands points, unit); numbers without a unit are not amounts. */
class AmountVariationTest {

    @Test
    void aScaledAmountIsWrittenAsBefore() {
        assertEquals("0,600", AmountVariation.scale("0", "500", 1.2));
        assertEquals("2.500.000", AmountVariation.scale("1.250.000", null, 2.0));
        assertEquals("14", AmountVariation.scale("27", null, 0.5));
        assertEquals("1", AmountVariation.scale("1", null, 0.5), "an amount does not become nothing");
        assertEquals("3.217,7", AmountVariation.scale("3.217", "7", 1.0));
    }

    @Test
    void onlyNumbersWithAUnitChange() {
        String text = "Punkt 12, budget 2025: 35 mio.kr., 127.000 kr. og 4,2 mia. kr.; 870 kroner; 2%";
        AmountVariation.Varied varied = AmountVariation.vary(text, new Random(1));
        assertEquals(4, varied.amounts(), varied.text());
        assertNotEquals(text, varied.text());
        String kept = varied.text().replaceAll("\\d[\\d.,]*(?= ?(?:mio|mia|kr|kroner))", "N");
        assertEquals("Punkt 12, budget 2025: N mio.kr., N kr. og N mia. kr.; N kroner; 2%", kept);
    }
}
