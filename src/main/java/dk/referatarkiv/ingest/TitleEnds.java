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
 * the better witness of where its title ends ("… at udtræde af" is a whole title when the page prints it so, though
 * no title ends with "af" in a clean list). Immutable and thread-safe.
 */
final class TitleEnds {

    /** No page confirms any title: for a run read without its file. */
    static final TitleEnds NONE = new TitleEnds(Set.of());

    /** The longest title, in words, that a page's text before a label is read for. */
    static final int MAX_TITLE_WORDS = 25;
    /**
     * The fewest words a confirmed title has: one word before a label ("Bilag Sagsnr.:", "Resumé Sagsnr.:") is as often
     * a section heading or a column as a title.
     */
    static final int MIN_TITLE_WORDS = 2;

    /** Every ending of the text before a label, of {@link #MIN_TITLE_WORDS} to {@link #MAX_TITLE_WORDS} words, normalised. */
    private final Set<String> endings;

    private TitleEnds(Set<String> endings) {
        this.endings = endings;
    }

    /** The title endings the lines print before their case-number labels. */
    static TitleEnds of(List<SourceLine> lines) {
        Set<String> endings = new HashSet<>();
        for (SourceLine line : lines) {
            String text = line.text();
            for (int label : CaseLines.numberLabelsIn(text)) {
                String[] words = TextNormal.normal(text.substring(0, label)).split(" ");
                StringBuilder ending = new StringBuilder();
                for (int k = words.length - 1, n = 1; k >= 0 && n <= MAX_TITLE_WORDS && !words[k].isEmpty(); k--, n++) {
                    ending.insert(0, ending.isEmpty() ? words[k] : words[k] + " ");
                    if (n >= MIN_TITLE_WORDS) {
                        endings.add(ending.toString());
                    }
                }
            }
        }
        return endings.isEmpty() ? NONE : new TitleEnds(Set.copyOf(endings));
    }

    /** Some page prints these words, as a title, right before a case-number label. */
    boolean confirms(String title) {
        return !endings.isEmpty() && endings.contains(TextNormal.normal(title));
    }
}
