package dk.referatarkiv.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects lines, paragraph breaks and page breaks and writes them in the {@link ExtractedText} shape, whatever order
 * the format-specific code calls it in: no blank line at the start or end, never two blank lines in a row, no blank
 * line next to a page break, no page break at the start or end. Not thread-safe; one per document.
 */
final class PlainTextBuilder {

    private enum Pending { NONE, PARAGRAPH, PAGE }

    private final List<String> lines = new ArrayList<>();
    private Pending pending = Pending.NONE;

    /**
     * Adds one line; runs of white space become one space, and tab stops inside the line separate cells as in a table
     * row (a table of contents line "Title.....&lt;tab&gt;3"). A blank line counts as a paragraph break.
     */
    PlainTextBuilder line(String text) {
        String stripped = text.strip();
        if (stripped.indexOf('\t') >= 0) {
            return row(List.of(stripped.split("\t")));
        }
        String line = ExtractedText.collapse(stripped);
        return line.isEmpty() ? paragraphBreak() : add(line);
    }

    /** Adds a table row as one line ({@link ExtractedText#tableRow}); a row of empty cells adds nothing. */
    PlainTextBuilder row(List<String> cells) {
        // Not through line(), which would collapse the two spaces around an empty cell ("a |  | b").
        String row = ExtractedText.tableRow(cells).strip();
        return row.isEmpty() ? this : add(row);
    }

    private PlainTextBuilder add(String line) {
        if (!lines.isEmpty()) {
            if (pending == Pending.PAGE) {
                lines.add(ExtractedText.PAGE_BREAK);
            } else if (pending == Pending.PARAGRAPH) {
                lines.add("");
            }
        }
        pending = Pending.NONE;
        lines.add(line);
        return this;
    }

    PlainTextBuilder paragraphBreak() {
        if (pending == Pending.NONE) {
            pending = Pending.PARAGRAPH;
        }
        return this;
    }

    PlainTextBuilder pageBreak() {
        pending = Pending.PAGE;
        return this;
    }

    String build() {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
