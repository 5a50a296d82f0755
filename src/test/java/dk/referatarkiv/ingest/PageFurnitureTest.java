package dk.referatarkiv.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageFurnitureTest {

    private static List<String> text(String raw) {
        return PageFurniture.remove(new MarkupStripper().strip(raw)).stream().map(SourceLine::text)
                .filter(t -> !t.isEmpty() && !t.equals("\f")).toList();
    }

    @Test
    void thePageLabelsGiveTheDocumentsPageCountWithTheLineThatSaysSo() {
        List<SourceLine> lines = new MarkupStripper().strip("""
                Vestby Byråd - Referat marts 2024 Side 1 af 12
                1. Godkendelse af dagsorden
                Vestby Byråd - Referat marts 2024 Side 2 af 12
                Bilag 3, side 4 af 5 i notatet
                """);
        PageFurniture.PageCount count = PageFurniture.pageCount(lines).orElseThrow();
        assertEquals(12, count.pages(), "the total most labels agree on, not a page of an attachment");
        assertEquals("Vestby Byråd - Referat marts 2024 Side 1 af 12", count.label());
        assertEquals(java.util.Optional.empty(), PageFurniture.pageCount(new MarkupStripper().strip("Side 14 af 12\n")),
                "a page beyond the total is no label");
    }

    @Test
    void runningHeadersFootersAndPageNumbersGoSectionHeadingsStay() {
        String raw = """
                Byrådet 12-03-2024
                Beslutning
                Godkendt.
                Side 1 af 3
                \f
                Byrådet 12-03-2024
                Beslutning
                Taget til efterretning.
                Side 2 af 3
                \f
                Byrådet 12-03-2024
                Beslutning
                Udsat.
                Side 3 af 3
                """;
        assertEquals(List.of("Beslutning", "Godkendt.", "Beslutning", "Taget til efterretning.", "Beslutning", "Udsat."),
                text(raw));
    }

    @Test
    void aDocumentHostsPageNumbersGoButANumberedContentsListStays() {
        String page = "x".repeat(220);
        assertEquals(List.of("Referat " + page, "Indholdsfortegnelse " + page),
                text("1 Referat " + page + "\n\n2 Indholdsfortegnelse " + page + "\n"));
        String contents = "1 (Åben) Godkendelse af dagsorden ........ 3\n2 (Åben) Budget 2025 ........ 5\n";
        assertEquals(List.of("1 (Åben) Godkendelse af dagsorden ........ 3", "2 (Åben) Budget 2025 ........ 5"),
                text(contents));
    }

    @Test
    void thePrintedPageLabelAfterAHostsPageNumberGoesToo() {
        String page = "x".repeat(220);
        assertEquals(List.of("Referat " + page, "1. KU - Nyt fra formanden " + page),
                text("1 Referat " + page + "\n\n2 Side 1 1. KU - Nyt fra formanden " + page + "\n"));
    }

    @Test
    void aShortHostPageThatEndsInItsOwnPageLabelIsAPage() {
        // pages with little text ("2 Spørgsmål … Side 2 af 9") are pages all the same when they say so
        String page = "x".repeat(220);
        assertEquals(List.of("Referat " + page, "Spørgsmål fra en borger Side 2 af 9", "Svar til borgeren Side 3 af 9",
                        "Indholdsfortegnelse " + page, "Sagsfremstilling " + page),
                text("1 Referat " + page + "\n\n2 Spørgsmål fra en borger Side 2 af 9\n\n"
                        + "3 Svar til borgeren Side 3 af 9\n\n4 Indholdsfortegnelse " + page + "\n\n"
                        + "5 Sagsfremstilling " + page + "\n"));
    }
}
