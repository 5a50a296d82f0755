package dk.referatarkiv.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines that describe an item's case ("Sagsnr.: 27.69.48-A00-1-25  Sagsbehandler: Mette Lund"), labelled as
 * {@code case-line-labels.tsv} lists. Publishing systems print them either under an item's title or above it; which,
 * a meeting's own pages tell (ItemSegmenter). Where they stand above the titles, the case lines directly above a title
 * (blank lines between allowed) are that item's, not the text of the item before it nor the meeting's header.
 * Stateless and thread-safe.
 */
final class CaseLines {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A case-number label as a whole word, a colon or not: where an item starts on pages without headings. */
    private static final Pattern NUMBER_LINE;
    /** Another case label (the officer's) with a colon: "Sagsbehandler:". */
    private static final Pattern OFFICER_LINE;
    /** A KLE journal number at the start of a line, after a case-number label or alone: the item's own number. */
    private static final Pattern JOURNAL_AFTER_LABEL;
    /** A case-number label with its colon anywhere in a line: "… Renovering af broen Sagsnr.: 24/1234 …". */
    private static final Pattern NUMBER_LABEL_WITH_COLON;

    static {
        List<String> numbers = new ArrayList<>();
        List<String> officers = new ArrayList<>();
        for (String row : MinutesLexicon.readLines("case-line-labels.tsv")) {
            String[] cols = row.split("\t");
            if (cols.length != 2 || !cols[1].equals("number") && !cols[1].equals("officer")) {
                throw new IllegalStateException("case-line-labels.tsv: want a label and number|officer, got: " + row);
            }
            (cols[1].equals("number") ? numbers : officers).add(cols[0]);
        }
        String number = "(?:" + String.join("|", numbers) + ")";
        NUMBER_LINE = Pattern.compile("^" + number + "(?![\\p{L}])", FLAGS);
        NUMBER_LABEL_WITH_COLON = Pattern.compile("(?<![\\p{L}])" + number + "\\.?\\s*:", FLAGS);
        OFFICER_LINE = Pattern.compile("^(?:" + String.join("|", officers) + ")\\.?\\s*:", FLAGS);
        JOURNAL_AFTER_LABEL = Pattern.compile("^(?:" + number + "\\.?\\s*[.:]?\\s*)?(?<j>"
                + JournalNumber.PATTERN.pattern() + ")", FLAGS);
    }

    private CaseLines() {
    }

    /** A line that starts with a case or document number's label ("Sagsnr.", "J.nr", "Dok.nr."), colon or not. */
    static boolean isCaseNumberLine(String bare) {
        return NUMBER_LINE.matcher(bare).find();
    }

    /**
     * Where case-number labels with a colon start in a line ("Sagsnr.:", "J.nr.:"), wherever they stand: a page that a
     * PDF-to-text conversion ran into one line has them mid-line. Without a colon a label is as likely a contents
     * table's column heading ("Sidenr Sagsnr. Side").
     */
    static List<Integer> numberLabelsIn(String text) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = NUMBER_LABEL_WITH_COLON.matcher(text);
        while (m.find()) {
            starts.add(m.start());
        }
        return starts;
    }

    /** A case-number line, or a line that starts with another case label and a colon ("Sagsbehandler:"). */
    static boolean isCaseLine(String bare) {
        return isCaseNumberLine(bare) || OFFICER_LINE.matcher(bare).find();
    }

    /**
     * A journal number read from a case line.
     *
     * @param wholeLine the line is nothing but the number (and its label): no text of the item
     */
    record Journal(JournalNumber number, boolean wholeLine) {
    }

    /**
     * The KLE journal number of a case line ({@link Lines#bare}): right after a case-number label ("Sagsnr.:
     * 27.69.48-A00-1-25 …"), or alone on the line; empty for a line that has none there.
     */
    static Optional<Journal> journalNumber(String bare) {
        Matcher m = JOURNAL_AFTER_LABEL.matcher(bare);
        return m.find() ? JournalNumber.parse(m.group("j")).map(j -> new Journal(j, m.end() == bare.length()))
                : Optional.empty();
    }

    /**
     * The index of the first of the case lines directly above the heading at {@code headingLine}, or
     * {@code headingLine} when there are none. The search stops at {@code floor} (exclusive: the last line of the
     * previous item's title, or -1), at a contents line and at any other text.
     *
     * @param bare the lines as {@link Lines#bare} gives them
     */
    static int leadFrom(String[] bare, int headingLine, int floor, boolean[] toc) {
        int lead = headingLine;
        for (int i = headingLine - 1; i > floor && !toc[i]; i--) {
            if (bare[i].isEmpty() || bare[i].equals("\f")) {
                continue;
            }
            if (!isCaseLine(bare[i])) {
                break;
            }
            lead = i;
        }
        return lead;
    }
}
