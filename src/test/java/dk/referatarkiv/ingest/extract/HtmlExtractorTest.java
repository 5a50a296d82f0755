package dk.referatarkiv.ingest.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** HTML table structures the LibreOffice fixture does not have. */
class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void aTableNestedInACellIsFlattenedIntoThatCell() throws Exception {
        // Bug: the inner <tr> replaced the outer row's cells and its <td> cleared the line, so "Dato:" was lost.
        String html = "<table><tr><td>Dato:</td>"
                + "<td><table><tr><td>20-11-2024</td><td>kl. 10</td></tr><tr><td>til 12</td></tr></table></td>"
                + "<td>Sted: Rådhuset</td></tr>"
                + "<tr><td>Afbud:</td><td></td><td>Ingen</td></tr></table><p>Efter tabellen</p>";
        assertEquals("Dato: | 20-11-2024 kl. 10 til 12 | Sted: Rådhuset\nAfbud: |  | Ingen\n\nEfter tabellen\n", extract(html));
    }

    @Test
    void preformattedTextInACellStaysInItsRow() throws Exception {
        // Bug: the end of <pre> wrote its lines before the row itself was written.
        String html = "<table><tr><td>Beslutning</td><td><pre>Godkendt.\nSendt videre.</pre></td><td>A</td></tr></table>"
                + "<pre>Linje 1\nLinje 2</pre>";
        assertEquals("Beslutning | Godkendt. Sendt videre. | A\n\nLinje 1\nLinje 2\n", extract(html));
    }

    private String extract(String body) throws UnreadableDocumentException {
        String html = "<!DOCTYPE html><html><body>" + body + "</body></html>";
        return extractor.extract(html.getBytes(StandardCharsets.UTF_8)).text();
    }
}
