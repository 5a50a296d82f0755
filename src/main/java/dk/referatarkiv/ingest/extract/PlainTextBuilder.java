package dk.referatarkiv.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects lines, paragraph breaks and page breaks and writes them in the {@link ExtractedText} shape, whatever order
 * the format-specific code calls it in: no blank line at the start or end, never two blank lines in a row, no blank
 * line next to a page break, no page break at the start or end. Not thread-safe; one per document.
 */
final class PlainTextBuilder {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

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
        String line = collapse(stripped);
        if (line.isEmpty()) {
            return paragraphBreak();
        }
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

    PlainTextBuilder row(List<String> cells) {
        List<String> kept = new ArrayList<>(cells.size());
        cells.forEach(c -> kept.add(collapse(c)));
        // Empty cells keep later cells under their headings; trailing ones carry nothing.
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return kept.isEmpty() ? this : line(String.join(ExtractedText.CELL_SEPARATOR, kept));
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

    boolean hasText() {
        return !lines.isEmpty();
    }

    String build() {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
