package dk.referatarkiv.ingest;

/**
 * One line of a minutes file after layout markup is removed.
 *
 * @param number       the 1-based line number in the source file
 * @param text         the text without markup, trimmed; empty for a blank line
 * @param headingLevel the markdown heading level ({@code #} = 1), or 0 when the line is not marked as a heading
 */
public record SourceLine(int number, String text, int headingLevel) {

    public boolean isBlank() {
        return text.isEmpty();
    }

    public boolean isMarkedHeading() {
        return headingLevel > 0;
    }
}
