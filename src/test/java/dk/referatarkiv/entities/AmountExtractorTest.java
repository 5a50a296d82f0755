package dk.referatarkiv.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AmountExtractorTest {

    private final AmountExtractor extractor = new AmountExtractor();

    @Test
    void amountsInKroner() {
        assertAmount("35 mio.kr.", 35e6);
        assertAmount("35 mio. kr.", 35e6);
        assertAmount("0,500 mio.kr.", 500_000);
        assertAmount("1,050 mio. kr.", 1_050_000);
        assertAmount("127.000 kr.", 127_000);
        assertAmount("1.950.000 kr.", 1_950_000);
        assertAmount("1 mia.kr.", 1e9);
        assertAmount("4,2 mia.kr.", 4.2e9);
        assertAmount("7,4 mio. kr.", 7.4e6);
        assertAmount("2 mio.kr.", 2e6);
        assertAmount("0,250 kr.", 0.25);
        assertAmount("35 mio.\nkr.", 35e6);
    }

    @Test
    void percentages() {
        assertEquals(List.of(new Amount(2, null), new Amount(25, null)), extractor.extract("ca. 2% og 25 procent", "x")
                .stream().filter(e -> e.type() == EntityType.PERCENT).map(Entity::value).toList());
    }

    @Test
    void theYearAnAmountAppliesTo() {
        List<Entity> found = extractor.extract("en besparelse på 0,750 mio. kr. i 2025 stigende til 1,250 mio. kr. i 2026 og frem", "x");
        assertEquals(List.of(new Amount(750_000, 2025), new Amount(1_250_000, 2026)), found.stream().map(Entity::value).toList());
    }

    @Test
    void tableCellsUnderAMillionsHeading() {
        String table = "(mio kr.) | Ansvarlig chef | 2018 |  | 2019\nDifference |  | -2,703 | -1,703\nSlut";
        List<Entity> found = extractor.extract(table, "x");
        assertEquals(List.of(-2_703_000.0, -1_703_000.0), found.stream().map(e -> ((Amount) e.value()).kroner()).toList());
        assertEquals("-2,703", table.substring(found.get(0).start(), found.get(0).end()));
    }

    private void assertAmount(String text, double kroner) {
        List<Entity> found = extractor.extract("Beløbet er " + text + " i alt", "x");
        assertEquals(1, found.size(), text);
        assertEquals(kroner, ((Amount) found.get(0).value()).kroner(), 1e-6, text);
        assertEquals(text, found.get(0).text());
    }
}
