package dk.referatarkiv.web;

import dk.referatarkiv.search.SearchHit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes search hits as CSV for a Danish spreadsheet: a UTF-8 byte-order mark (without it Excel reads æøå as
 * Windows-1252), semicolons (the list separator where the comma is the decimal mark), every cell quoted, dates as
 * dd-mm-åååå, CRLF line ends (RFC 4180). Not thread-safe: one writer per response.
 */
final class HitCsvWriter {

    static final List<String> HEADER = List.of("Dato", "Organ", "Møde", "Punkt", "Titel", "Journalnummer", "Link");

    private final Writer out;
    private final String siteBase;

    /** @param siteBase the address of the site, e.g. {@code http://localhost:7070}, for each item's link */
    HitCsvWriter(Writer out, String siteBase) {
        this.out = out;
        this.siteBase = siteBase;
    }

    void header() throws IOException {
        out.write('\uFEFF');
        row(HEADER);
    }

    void hit(SearchHit hit) throws IOException {
        row(List.of(danishDate(hit.meetingDate()), nullToEmpty(hit.body()), hit.meetingId(), String.valueOf(hit.item()),
                hit.title(), nullToEmpty(hit.journalNumber()), siteBase + ItemLinks.path(hit.meetingId(), hit.item())));
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * A quoted cell. A value that starts like a formula (=, +, -, @) gets a leading apostrophe, so a spreadsheet
     * shows minutes text as text and never evaluates it (CSV injection).
     */
    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** An ISO date (2024-11-20) as Danes write it (20-11-2024); empty when the meeting date is unknown. */
    static String danishDate(String iso) {
        if (iso == null || iso.length() != 10) {
            return "";
        }
        return iso.substring(8, 10) + "-" + iso.substring(5, 7) + "-" + iso.substring(0, 4);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
