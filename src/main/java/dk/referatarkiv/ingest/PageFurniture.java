package dk.referatarkiv.ingest;

import dk.referatarkiv.internal.TextNormal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what is printed around the minutes rather than in them, so that the segmenter sees only the text:
 * <ul>
 *   <li>page numbers and navigation links ({@code Side 3 af 12}, {@code Til toppen}; see {@code page-furniture.tsv});</li>
 *   <li>running headers and footers: a line that recurs next to page breaks on several pages (digits ignored, so
 *       {@code Byrådet 14.05.2024 · 2} and {@code · 3} are the same line);</li>
 *   <li>the page numbers that document hosts put in front of each page's text when a PDF is shown as one line per
 *       page ({@code 1 Referat …}, {@code 2 Indholdsfortegnelse …}, {@code 3 …}): a run of lines starting 1, 2, 3 …
 *       loses the numbers, and each such line starts a page.</li>
 * </ul>
 * A page break is a form feed ({@code \f}) in the text or the start of a numbered page line. Stateless and thread-safe.
 */
final class PageFurniture {

    private static final List<Pattern> FURNITURE = MinutesLexicon.DEFAULT.furniture();
    private static final Pattern INLINE_PAGE = Pattern.compile("\\s*\\bSide \\d+ af \\d+\\b\\s*");
    private static final Pattern PAGE_PREFIX = Pattern.compile("^(\\d{1,3}) (\\S.*)$");
    private static final Pattern PAGE_LABEL_START = Pattern.compile("^(?:Side\\s*\\d{1,4}(?:\\s*af\\s*\\d{1,4})?|Sidenr\\.?)\\s+(?=\\S)");
    private static final Pattern PAGE_LABEL_END = Pattern.compile("\\bSide\\s*(\\d{1,3})(?:\\s*af\\s*\\d{1,4})?$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PageFurniture() {
    }

    /** The lines without furniture; removed lines become blank so that line numbers stay those of the source. */
    static List<SourceLine> remove(List<SourceLine> lines) {
        List<SourceLine> out = stripPagePrefixes(lines);
        Set<String> running = runningLines(out);
        List<SourceLine> result = new ArrayList<>(out.size());
        for (SourceLine line : out) {
            String bare = Lines.bare(line.text());
            if (bare.equals("\f") || isFurniture(bare) || (!bare.isEmpty() && running.contains(shape(bare)))) {
                result.add(new SourceLine(line.number(), bare.equals("\f") ? "\f" : "", 0));
            } else {
                String text = line.text().length() > 120 ? INLINE_PAGE.matcher(line.text()).replaceAll(" ").strip() : line.text();
                result.add(text.equals(line.text()) ? line : new SourceLine(line.number(), text, line.headingLevel()));
            }
        }
        return result;
    }

    /** A page label with the document's total: "Side 1 af 12", "Side 3 af 9". */
    private static final Pattern PAGE_OF_TOTAL = Pattern.compile("\\bSide\\s*(\\d{1,4})\\s*af\\s*(\\d{1,4})\\b");

    /** The printed document's page count as a page label gives it, with the line of the label as written. */
    record PageCount(int pages, String label) {
    }

    /**
     * The page count the page labels give ("Side 1 af 12"), read before the labels are removed as furniture: the
     * total the labels agree on (the most frequent, then the largest), with the first line that gives it.
     */
    static java.util.Optional<PageCount> pageCount(List<SourceLine> lines) {
        Map<Integer, Integer> votes = new HashMap<>();
        Map<Integer, String> firstLabel = new HashMap<>();
        for (SourceLine line : lines) {
            Matcher m = PAGE_OF_TOTAL.matcher(line.text());
            while (m.find()) {
                int page = Integer.parseInt(m.group(1));
                int total = Integer.parseInt(m.group(2));
                if (page >= 1 && page <= total) {
                    votes.merge(total, 1, Integer::sum);
                    // the line as printed (a running header or footer) when it is one; else just the label
                    String text = line.text().strip();
                    firstLabel.putIfAbsent(total, text.length() <= 120 ? text : m.group());
                }
            }
        }
        return votes.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new PageCount(e.getKey(), firstLabel.get(e.getKey())));
    }

    static boolean isFurniture(String bare) {
        for (Pattern p : FURNITURE) {
            if (p.matcher(bare).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Page lines of a document host: at least two lines, in order, start with the page numbers 1, 2 (3 …). The
     * numbers are dropped and a page break is put before each such line.
     */
    private static List<SourceLine> stripPagePrefixes(List<SourceLine> lines) {
        List<Integer> pageLines = new ArrayList<>();
        int expected = 1;
        int shortOnes = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = PAGE_PREFIX.matcher(lines.get(i).text());
            if (!m.matches() || Integer.parseInt(m.group(1)) != expected) {
                continue;
            }
            // a page that ends in its own page label ("3 Byrådet - Referat Side 3 af 9") is a page however short
            boolean labelled = ownPageLabel(m.group(2), expected);
            if (labelled || lines.get(i).text().length() > 60) {
                pageLines.add(i);
                expected++;
                // a page of running text is long; a numbered contents line ("1 (Åben) Title ...... 3") is not
                if (!labelled && TextNormal.withoutLeaders(lines.get(i).text()).length() < 200) {
                    shortOnes++;
                }
            }
        }
        if (pageLines.size() < 2 || shortOnes > 1) {
            return lines;
        }
        List<SourceLine> out = new ArrayList<>(lines.size() + pageLines.size());
        Set<Integer> pages = new HashSet<>(pageLines);
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (pages.contains(i)) {
                Matcher m = PAGE_PREFIX.matcher(line.text());
                m.matches();
                out.add(new SourceLine(line.number(), "\f", 0));
                // the printed page's own page label opens the page's line: "5 Side 1 1. ØU - Meddelelser …"
                String page = PAGE_LABEL_START.matcher(m.group(2)).replaceFirst("");
                out.add(new SourceLine(line.number(), page, line.headingLevel()));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean ownPageLabel(String page, int number) {
        Matcher label = PAGE_LABEL_END.matcher(page);
        return label.find() && Integer.parseInt(label.group(1)) == number;
    }

    /** Lines (by shape) that stand within two lines of a page break on at least two pages and on most pages. */
    private static Set<String> runningLines(List<SourceLine> lines) {
        List<Integer> breaks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().equals("\f")) {
                breaks.add(i);
            }
        }
        if (breaks.size() < 2) {
            return Set.of();
        }
        Map<String, Integer> pagesWith = new HashMap<>();
        for (int b : breaks) {
            Set<String> near = new HashSet<>();
            collectNear(lines, b, -1, near);
            collectNear(lines, b, +1, near);
            near.forEach(s -> pagesWith.merge(s, 1, Integer::sum));
        }
        Set<String> running = new HashSet<>();
        int pages = breaks.size();
        pagesWith.forEach((shape, count) -> {
            if (count >= 2 && count * 2 >= pages) {
                running.add(shape);
            }
        });
        return running;
    }

    private static void collectNear(List<SourceLine> lines, int from, int step, Set<String> into) {
        int seen = 0;
        for (int i = from + step; i >= 0 && i < lines.size() && seen < 2; i += step) {
            String text = lines.get(i).text();
            if (text.equals("\f")) {
                return;
            }
            if (!text.isBlank()) {
                String bare = Lines.bare(text);
                // a section heading that happens to open or close several pages is content, not a running header
                if (text.length() <= 120 && MinutesLexicon.DEFAULT.sectionKind(bare.replaceAll(":$", "")).isEmpty()) {
                    into.add(shape(bare));
                }
                seen++;
            }
        }
    }

    private static String shape(String text) {
        return DIGITS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("#");
    }
}
