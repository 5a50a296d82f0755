package dk.referatarkiv.bench;

import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.MinutesParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Items move as blocks and take the number of their new place; the parser reads them in the new order. */
class ItemReordererTest {

    private static final String MINUTES = """
            REFERAT Chefforum d. 05-03-2025

            Mødedato Onsdag d. 5. marts 2025 kl. 09:00

            Punkt 1: Godkendelse af dagsorden

            Indstilling

            Kommunaldirektøren indstiller, at dagsordenen godkendes.

            Punkt 2: Budgetproces 2026

            Anledning

            Orientering om budgetprocessen.

            Punkt 3: Eventuelt

            Beslutning

            Intet.
            """;

    @Test
    void itemsMoveAndKeepTheirNumbersInOrder() {
        MinutesParser parser = new MinutesParser();
        Meeting meeting = parser.parse("a.txt", MINUTES).meetings().get(0);
        ItemReorderer.Reordered r = ItemReorderer.reorder(MINUTES, meeting, new Random(5)).orElseThrow();
        List<String> original = meeting.items().stream().map(AgendaItem::title).toList();
        assertNotEquals(original, r.titles());
        assertEquals(original.stream().sorted().toList(), r.titles().stream().sorted().toList());

        Meeting back = parser.parse("a.txt", r.text()).meetings().get(0);
        assertEquals(r.titles(), back.items().stream().map(AgendaItem::title).toList());
        assertEquals(List.of(1, 2, 3), back.items().stream().map(AgendaItem::number).toList());
        assertTrue(r.text().startsWith("REFERAT Chefforum d. 05-03-2025\n"), r.text());
        assertEquals(MINUTES.length(), r.text().length(), "nothing added or lost");
    }
}
