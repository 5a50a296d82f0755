package dk.referatarkiv.ingest;

import dk.referatarkiv.ingest.extract.ExtractedText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the raw text of a minutes file into {@link SourceLine}s without layout markup, so that the plain-text and
 * the markdown-like exports parse alike: {@code #} headings become a heading level, {@code **bold**} and simple
 * formatting tags ({@code <b>}, {@code <i>}, ...) are dropped, and tab-separated table rows become readable text with
 * cells separated by {@code " | "}. Any other angle-bracket text is kept verbatim: it is content, and it is escaped
 * wherever it is shown. Stateless and thread-safe.
 */
public final class MarkupStripper {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern FORMAT_TAG = Pattern.compile("(?i)</?(?:b|i|u|em|strong)>|<br\\s*/?>");
    private static final Pattern BOLD = Pattern.compile("\\*\\*|__");
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0]{2,}");
    private static final Pattern LEADING_SPACES = Pattern.compile("^ +");

    public List<SourceLine> strip(String text) {
        String[] rawLines = text.split("\\r\\n|\\r|\\n", -1);
        List<SourceLine> lines = new ArrayList<>(rawLines.length);
        for (int i = 0; i < rawLines.length; i++) {
            lines.add(stripLine(i + 1, rawLines[i]));
        }
        return lines;
    }

    private static SourceLine stripLine(int number, String raw) {
        if (raw.indexOf('\f') >= 0 && raw.replace("\f", "").isBlank()) {
            return new SourceLine(number, "\f", 0); // a page break, kept for the furniture remover
        }
        raw = raw.replace('\f', ' ');
        // Leading tabs are kept: they are the empty first cells of a table row.
        String line = LEADING_SPACES.matcher(raw.replace('\u00A0', ' ')).replaceFirst("").stripTrailing();
        int level = 0;
        var heading = HEADING.matcher(line);
        if (heading.matches()) {
            level = heading.group(1).length();
            line = heading.group(2);
        }
        line = FORMAT_TAG.matcher(line).replaceAll("");
        line = BOLD.matcher(line).replaceAll("");
        line = line.indexOf('\t') >= 0 ? ExtractedText.tableRow(List.of(line.split("\t"))) : collapseSpaces(line);
        return new SourceLine(number, line, line.isEmpty() ? 0 : level);
    }

    private static String collapseSpaces(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }
}
