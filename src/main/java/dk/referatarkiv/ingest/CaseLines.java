package dk.referatarkiv.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines that describe an item's case ("Sagsnr.: 27.69.48-A00-1-25  Sagsbehandler: Mette Lund"), labelled as
 * {@code case-line-labels.tsv} lists. Publishing systems print them either under an item's title or above it; which,
 * a meeting's own pages tell ({@link #printedAbove}). Where they stand above the titles, the case lines directly above
 * a title (blank lines between allowed) are that item's, not the text of the item before it nor the meeting's header.
 * Stateless and thread-safe.
 */
final class CaseLines {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A case-number label, a colon or not: where an item starts on pages without headings (ItemSegmenter). */
    private static final Pattern NUMBER_LINE;
    /** Any case label with a colon ("Sagsbehandler:"), or a case-number label. */
    private static final Pattern LABELLED_LINE;
    /** A KLE journal number at the start of a line, after a case-number label or alone: the item's own number. */
    private static final Pattern JOURNAL_AFTER_LABEL;

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
        String number = "(?:" + String.join("|", numbers) + ")";
        NUMBER_LINE = Pattern.compile("^" + number + "\\.?\\s*[.:]?", FLAGS);
        LABELLED_LINE = Pattern.compile("^(?:(?:" + String.join("|", all) + ")\\.?\\s*:|" + number + "(?![\\p{L}]))",
                FLAGS);
        JOURNAL_AFTER_LABEL = Pattern.compile("^(?:" + number + "\\.?\\s*[.:]?\\s*)?(?<j>" + JournalNumber.PATTERN.pattern()
                + ")", FLAGS);
    }

    private CaseLines() {
    }

    /** A line that starts with a case or document number's label ("Sagsnr.", "J.nr", "Dok.nr."), colon or not. */
    static boolean isCaseNumberLine(String bare) {
        return NUMBER_LINE.matcher(bare).find();
    }

    /** A case-number line, or a line that starts with another case label and a colon ("Sagsbehandler:"). */
    static boolean isCaseLine(String bare) {
        return LABELLED_LINE.matcher(bare).find();
    }

    /**
     * A journal number read from a case line.
     *
     * @param wholeLine the line is nothing but the number (and its label): no text of the item
     */
    record Journal(JournalNumber number, boolean wholeLine) {
    }

    /**
     * The KLE journal number of a case line: right after a case-number label ("Sagsnr.: 27.69.48-A00-1-25 …"), or
     * alone on the line; empty for a line that has none there.
     */
    static Optional<Journal> journalNumber(String bare) {
        Matcher m = JOURNAL_AFTER_LABEL.matcher(bare);
        if (!m.find()) {
            return Optional.empty();
        }
        Matcher number = JournalNumber.PATTERN.matcher(m.group("j"));
        return number.matches() ? Optional.of(new Journal(JournalNumber.fromMatch(number), m.end() == bare.strip().length()))
                : Optional.empty();
    }

    /**
     * Whether a meeting's pages print the case lines above the titles: at least as many of its headings have case lines
     * right above them as right under them ({@code headings} and {@code textFrom}: each heading's line and the line after
     * its title, in the order of the text).
     */
    static boolean printedAbove(List<SourceLine> lines, int[] headings, int[] textFrom, boolean[] toc) {
        int above = 0;
        int under = 0;
        int floor = -1;
        for (int k = 0; k < headings.length; k++) {
            above += leadFrom(lines, headings[k], floor, toc) < headings[k] ? 1 : 0;
            int next = nextText(lines, Math.max(textFrom[k], headings[k] + 1),
                    k + 1 < headings.length ? headings[k + 1] : lines.size());
            under += next >= 0 && isCaseLine(Lines.bare(lines.get(next).text())) ? 1 : 0;
            floor = Math.max(headings[k], textFrom[k] - 1);
        }
        // pages that print case lines both above and under the titles (a number above, the officer under) count as above
        return above > 0 && above >= under;
    }

    /**
     * The index of the first of the case lines directly above the heading at {@code headingLine}, or
     * {@code headingLine} when there are none. The search stops at {@code floor} (exclusive: the last line of the
     * previous item's title, or -1), at a contents line and at any other text.
     */
    static int leadFrom(List<SourceLine> lines, int headingLine, int floor, boolean[] toc) {
        int lead = headingLine;
        for (int i = headingLine - 1; i > floor && !toc[i]; i--) {
            String bare = Lines.bare(lines.get(i).text());
            if (bare.isEmpty() || bare.equals("\f")) {
                continue;
            }
            if (!isCaseLine(bare)) {
                break;
            }
            lead = i;
        }
        return lead;
    }

    /** The first line from {@code from} (before {@code to}) that is not blank, or -1. */
    private static int nextText(List<SourceLine> lines, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
            String bare = Lines.bare(lines.get(i).text());
            if (!bare.isEmpty() && !bare.equals("\f")) {
                return i;
            }
        }
        return -1;
    }
}
