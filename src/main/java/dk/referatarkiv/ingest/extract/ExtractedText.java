package dk.referatarkiv.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of a document in the shape the line-based minutes parser reads:
 * <ul>
 *   <li>one visual line per line ({@code \n}), in reading order, with no trailing spaces;</li>
 *   <li>paragraphs separated by one blank line;</li>
 *   <li>a page break as a line holding only a form feed ({@code \f}), between pages, never next to a blank line;
 *       running headers and footers are kept on every page so that the parser can recognise them by repetition;</li>
 *   <li>a table row as one line with its cells separated by {@code " | "}.</li>
 * </ul>
 *
 * @param text     the text, ending with one {@code \n}
 * @param warnings what the text may lack, in words meant for the per-file report (pages that look scanned, say)
 */
public record ExtractedText(String text, List<String> warnings) {

    public ExtractedText {
        warnings = List.copyOf(warnings);
    }

    /** The page-break line's content. */
    public static final String PAGE_BREAK = "\f";

    /** The separator between the cells of a table row. */
    public static final String CELL_SEPARATOR = " | ";

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    /**
     * A table row as one line, for every format (the plain-text reader's tab-separated rows too): each cell's white
     * space collapsed, cells joined by {@link #CELL_SEPARATOR}. Empty cells are kept so that later cells stay under
     * their column headings; trailing empty cells carry nothing and are dropped. Empty when every cell is.
     */
    public static String tableRow(List<String> cells) {
        List<String> kept = new ArrayList<>(cells.size());
        cells.forEach(c -> kept.add(collapse(c)));
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return String.join(CELL_SEPARATOR, kept);
    }

    /** Runs of white space (no-break and figure spaces included) as one space, none at the ends. */
    static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
