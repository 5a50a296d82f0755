package dk.referatarkiv.ingest.extract;

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
 * @param text   the text, ending with one {@code \n}
 * @param format the format it was extracted from
 * @param pages  the number of pages, or 0 when the format has no fixed pages (HTML, Word)
 */
public record ExtractedText(String text, DocumentFormat format, int pages) {

    /** The page-break line's content. */
    public static final String PAGE_BREAK = "\f";

    /** The separator between the cells of a table row. */
    public static final String CELL_SEPARATOR = " | ";
}
