package dk.referatarkiv.ingest;

import dk.referatarkiv.internal.TextNormal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a file's own item pages end item titles. An item's page prints its title right before the case-number label
 * ("… Renovering af broen Sagsnr.: 24/1234"), also where a PDF-to-text conversion ran the page into one line with a
 * page number before the title. A table of contents that the same conversion ran together without separators is cut
 * where such a title ends ({@link TitleRunSplitter}), whatever the capitalisation would say: the item's own page is
 * the better witness of where its title ends (a title that ends in "af" because the conversion lost the name after
 * it is whole when the page prints it so, though no title ends with "af" in a clean list).
 * <p>
 * The endings are read from the lines when first asked for: most files have no run to cut. One instance serves one
 * parse, on one thread.
 */
final class TitleEnds {

    /** No page confirms any title: for a run read without its file. */
    static final TitleEnds NONE = new TitleEnds(List.of());

    /** The longest title, in words, that a page's text before a label is read for. */
    static final int MAX_TITLE_WORDS = 25;
    /**
     * The fewest words a confirmed title has: one word before a label ("Bilag Sagsnr.:", "Resumé Sagsnr.:") is as often
     * a section heading or a column as a title.
     */
    static final int MIN_TITLE_WORDS = 2;
    /**
     * How much of a line before a label is read: enough for {@link #MAX_TITLE_WORDS} long words. Reading the whole line
     * for every label made a page of many items run into one line cost its length times its labels.
     */
    private static final int WINDOW = MAX_TITLE_WORDS * 30;

    private final List<SourceLine> lines;
    /** Every ending of the text before a label, of the title's lengths in words, normalised; made when first used. */
    private Set<String> endings;

    private TitleEnds(List<SourceLine> lines) {
        this.lines = lines;
    }

    /** The title endings the lines print before their case-number labels. */
    static TitleEnds of(List<SourceLine> lines) {
        return new TitleEnds(lines);
    }

    /** Some page prints these words, as a title, right before a case-number label. */
    boolean confirms(String title) {
        if (lines.isEmpty()) {
            return false;
        }
        if (endings == null) {
            endings = read(lines);
        }
        return !endings.isEmpty() && endings.contains(TextNormal.normal(title));
    }

    private static Set<String> read(List<SourceLine> lines) {
        Set<String> endings = new HashSet<>();
        for (SourceLine line : lines) {
            String text = line.text();
            for (int label : CaseLines.numberLabelsIn(text)) {
                int from = Math.max(0, label - WINDOW);
                String[] words = TextNormal.normal(text.substring(from, label)).split(" ");
                int first = from == 0 ? 0 : 1; // a window that starts inside a word: that word is cut
                StringBuilder ending = new StringBuilder();
                for (int k = words.length - 1, n = 1; k >= first && n <= MAX_TITLE_WORDS && !words[k].isEmpty(); k--, n++) {
                    ending.insert(0, ending.isEmpty() ? words[k] : words[k] + " ");
                    if (n >= MIN_TITLE_WORDS) {
                        endings.add(ending.toString());
                    }
                }
            }
        }
        return endings;
    }
}
