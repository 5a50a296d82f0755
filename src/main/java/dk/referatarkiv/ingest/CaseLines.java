package dk.referatarkiv.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines that describe an item's case ("Sagsnr.: 27.69.48-A00-1-25  Sagsbehandler: Mette Lund"), labelled as
 * {@code case-line-labels.tsv} lists. Several publishing systems print them above the item's title: such lines,
 * directly above a title (blank lines between allowed), are the item's, not the text of the item before it nor the
 * meeting's header. Stateless and thread-safe.
 */
final class CaseLines {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern NUMBER_LINE;
    private static final Pattern LABELLED_LINE;

    static {
        List<String> numbers = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (String row : MinutesLexicon.readLines("case-line-labels.tsv")) {
            String[] cols = row.split("\t");
            if (cols.length != 2 || !cols[1].equals("number") && !cols[1].equals("officer")) {
                throw new IllegalStateException("case-line-labels.tsv: want a label and number|officer, got: " + row);
            }
            all.add(cols[0]);
            if (cols[1].equals("number")) {
                numbers.add(cols[0]);
            }
        }
        NUMBER_LINE = Pattern.compile("^(?:" + String.join("|", numbers) + ")\\.?\\s*[.:]?", FLAGS);
        LABELLED_LINE = Pattern.compile("^(?:" + String.join("|", all) + ")\\.?\\s*:", FLAGS);
    }

    private CaseLines() {
    }

    /** A line that starts with a case or document number's label ("Sagsnr.", "J.nr", "Dok.nr."), colon or not. */
    static boolean isCaseNumberLine(String bare) {
        return NUMBER_LINE.matcher(bare).find();
    }

    /** A line that starts with any case label and a colon ("Sagsnr.:", "Sagsbehandler:"). */
    static boolean isLabelledCaseLine(String bare) {
        return LABELLED_LINE.matcher(bare).find();
    }

    /**
     * The index of the first of the labelled case lines directly above the heading at {@code headingLine}, or
     * {@code headingLine} when there are none. The search stops at {@code floor} (exclusive: the last line of the
     * previous item's title, or -1), at a contents line and at any other text. Case lines that are all the previous
     * item has under its title stay its own: a layout that prints them under the title looks the same there.
     */
    static int leadFrom(List<SourceLine> lines, int headingLine, int floor, boolean[] toc) {
        int lead = headingLine;
        int i = headingLine - 1;
        for (; i > floor; i--) {
            String bare = Lines.bare(lines.get(i).text());
            if (i < toc.length && toc[i]) {
                break;
            }
            if (bare.isEmpty() || bare.equals("\f")) {
                continue;
            }
            if (!isLabelledCaseLine(bare)) {
                break;
            }
            lead = i;
        }
        return i > floor ? lead : headingLine;
    }
}
