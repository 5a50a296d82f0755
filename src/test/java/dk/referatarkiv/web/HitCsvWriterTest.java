package dk.referatarkiv.web;

import dk.referatarkiv.search.SearchHit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HitCsvWriterTest {

    @Test
    void writesABomAHeaderAndQuotedSemicolonSeparatedRows() throws IOException {
        StringWriter out = new StringWriter();
        HitCsvWriter csv = new HitCsvWriter(out, "http://localhost:7070");
        csv.header();
        csv.hit(new SearchHit("chefforum-2024-11-20", "2024-11-20", "Chefforum", 2, "Budget; \"2025\" – æøå",
                "00.30.00-P05-3-24", "", "", 1f));
        csv.hit(new SearchHit("udateret", null, null, 0, "Mødeoplysninger", null, "", "", 1f));
        assertEquals("\uFEFF\"Dato\";\"Organ\";\"Møde\";\"Punkt\";\"Titel\";\"Journalnummer\";\"Link\"\r\n"
                + "\"20-11-2024\";\"Chefforum\";\"chefforum-2024-11-20\";\"2\";\"Budget; \"\"2025\"\" – æøå\";"
                + "\"00.30.00-P05-3-24\";\"http://localhost:7070/moede/chefforum-2024-11-20/punkt/2\"\r\n"
                + "\"\";\"\";\"udateret\";\"0\";\"Mødeoplysninger\";\"\";\"http://localhost:7070/moede/udateret\"\r\n",
                out.toString());
    }

    /** Minutes text that starts like a formula is shown as text by a spreadsheet, never evaluated. */
    @Test
    void formulaLikeCellsAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", HitCsvWriter.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"'+45 12 34\"", HitCsvWriter.cell("+45 12 34"));
        assertEquals("\"'-1\"", HitCsvWriter.cell("-1"));
        assertEquals("\"'@SUM(A1)\"", HitCsvWriter.cell("@SUM(A1)"));
        assertEquals("\"Budget 2025\"", HitCsvWriter.cell("Budget 2025"));
    }

    @Test
    void datesAreWrittenTheDanishWay() {
        assertEquals("06-02-2024", HitCsvWriter.danishDate("2024-02-06"));
        assertEquals("", HitCsvWriter.danishDate(null));
    }
}
