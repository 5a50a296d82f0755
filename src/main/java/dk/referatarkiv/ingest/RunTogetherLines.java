package dk.referatarkiv.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the lines of a minutes file that a PDF-to-text export ran together (a whole page, or a contents list, on one
 * line) back into lines as the printed page has them: before header labels, item markers, contents headings and
 * section headings; a run-together contents list into its entries ({@link ContentsLineSplitter}), also when it goes
 * on over the next page. What is not run together passes as it is. Thread-safe: holds only immutable parts.
 */
final class RunTogetherLines {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Places where a line run together by a PDF export is cut: item markers and contents headings. */
    private static final Pattern RUN_TOGETHER_CUT = Pattern.compile(
            "(?<=\\S)\\s+(?=(?:Sag nr\\.|Pkt\\.|Punkt) \\d{1,4}\\b|Indholdsfortegnelse\\b|INDHOLDSFORTEGNELSE\\b)");
    /** A contents heading with the first entries on its line: "Indholdsfortegnelse 1. Godkendelse …". */
    private static final Pattern TOC_HEADING_ALONE = Pattern.compile(
            "^(?:Punkter på (?:åben|lukket) dagsorden|Indholdsfortegnelse|Indhold)\\s*:?$", FLAGS);
    private static final Pattern TOC_HEADING_START = Pattern.compile(
            "^((?:Punkter på (?:åben|lukket) dagsorden|Indholdsfortegnelse|Indhold)\\s*:?)\\s+(?=\\S)", FLAGS);
    /** The same inside a page that a PDF conversion ran into one line: "4 Økonomiudvalget, Indholdsfortegnelse Punkt …". */
    private static final Pattern TOC_HEADING_ANYWHERE = Pattern.compile("(?<![\\p{L}])(Indholdsfortegnelse\\s*:?)\\s+(?=\\S)", FLAGS);
    private static final Pattern NUMBERED_ENTRY = Pattern.compile("^\\d{1,3}\\.?\\s+\\p{Lu}");
    /** A contents line that holds several entries, each ending in dot leaders and a page number. */
    private static final Pattern LEADER_END = Pattern.compile("(?:\\.{3,}|…{2,})\\s*\\d{1,4}\\s+(?=\\S)");
    private static final Pattern TRAILING_PAGE = Pattern.compile("(?:\\.{3,}|…{2,})\\s{0,3}(\\d{1,4})$");
    /**
     * Where a contents line of several leader-ended entries is cut: after each page number. The look-behind names
     * only the last three dots (or two ellipses) of a leader: it needs a leader to end there, not where it starts,
     * and with "{3,}" the regex engine tried every earlier start on the line at every position, quadratic in a
     * run-together page (a tenth of the parse time).
     */
    private static final Pattern AFTER_LEADER_PAGE = Pattern.compile("(?<=(?:\\.{3}|…{2})\\s{0,3}\\d{1,4})\\s+(?=\\S)");
    /** A page number without leaders, followed by the next entry's capitalised first word. */
    private static final Pattern BARE_PAGE = Pattern.compile("(?<=\\p{Ll})\\s(\\d{1,4})\\s+(?=\\p{Lu}\\p{Ll})");
    /** The heading of a contents' open or closed part, with the first numbered entry after it on the same line. */
    private static final Pattern ZONE_BEFORE_ENTRY = Pattern.compile(
            "^\\s*(" + MinutesLexicon.PART_HEADING + ")\\s*:?\\s+(?=\\d{1,3}\\.?\\s+(?-i:\\p{Lu}))", FLAGS);
    /** A page that starts with an item number and a title, maybe after the page's own number: "3 12 Kulturpolitik …". */
    private static final Pattern CONTENTS_PAGE_START = Pattern.compile("^(?<page>\\d{1,3}\\s+)?(?<number>\\d{1,3})\\.?\\s+(?=\\p{Lu})");
    /** A line that is only a page number (the page's own, put on a line of its own). */
    private static final Pattern PAGE_NUMBER_ALONE = Pattern.compile("^\\d{1,4}$");
    /** How many entries a contents page may have lost between its last number and the next page's first. */
    private static final int MAX_MISSING_ENTRIES = 30;
    /** A contents part's heading on a line of its own. */
    private static final Pattern ZONE_ALONE = Pattern.compile(
            "^(?:" + MinutesLexicon.PART_HEADING + ")\\s*:?$", FLAGS);

    private final HeaderReader headerReader;
    private final Pattern midLineHeading;
    private final Pattern bareHeading;

    RunTogetherLines(MinutesLexicon lexicon, HeaderReader headerReader) {
        this.headerReader = headerReader;
        StringBuilder headings = new StringBuilder();
        for (String h : lexicon.sectionHeadings()) {
            if (h.length() >= 5) {
                headings.append(headings.isEmpty() ? "" : "|").append(Pattern.quote(capitalised(h)));
            }
        }
        // A section heading with a colon inside a run-together line: "… Sagsnr.: 24/ Sagsfremstilling: Forvaltningen …"
        this.midLineHeading = Pattern.compile("(?<=\\S)\\s+(?=(?:" + headings + "|Sagsnr\\.|Beslutning i \\p{Lu}[^:]{1,80})\\s?:)");
        // Without a colon only the headings no sentence starts with: a single word of a standard section, at least
        // ten letters long ("Sagsfremstilling", "Indstilling", "Beslutning"), and "Beslutning i <Body> den [date]".
        StringBuilder standard = new StringBuilder();
        for (String h : lexicon.sectionHeadings()) {
            if (h.length() >= 10 && !h.contains(" ") && lexicon.sectionKind(h).filter(k -> k != SectionKind.OTHER).isPresent()) {
                standard.append(standard.isEmpty() ? "" : "|").append(Pattern.quote(capitalised(h)));
            }
        }
        this.bareHeading = Pattern.compile("(?<=\\S)\\s+(" + standard + "|Beslutning i \\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*)?"
                + "(?:\\s+(?:den|d\\.)(?:\\s+\\d{1,2}[.\\-/]\\s?(?:\\d{1,2}[.\\-/]|\\p{L}+\\s)\\s?\\d{4})?)?)\\s+(?=\\p{Lu})");
    }

    /**
     * A run-together piece cut around the section headings it holds without a colon ("… social service Sagsfremstilling
     * Udvalget skal …" → "… social service", "Sagsfremstilling", "Udvalget skal …"): the heading on a line of
     * its own, as printed. Only where a capitalised word follows, as the section's first word.
     */
    private List<String> cutBareHeadings(String piece) {
        Matcher m = bareHeading.matcher(piece);
        List<String> out = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            out.add(piece.substring(at, m.start()));
            out.add(m.group(1));
            at = m.end();
        }
        out.add(piece.substring(at));
        return out;
    }

    private static String capitalised(String lower) {
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /**
     * A run-together page that goes on with the contents on the page before: it starts (after its page number, if the
     * page furniture left one) with an item number higher than the last entry's. The items come after the contents,
     * starting at its first number, so a higher one is a further entry, never an item; a page with section headings is
     * an item's text whatever its first number (a page number the furniture left). The entries are added, and the
     * last entry before is cut into as many titles as the numbers between leave room for ("9 A B C" then "15 …" on the
     * next page: items 9 to 14).
     */
    private boolean continuesContents(List<SourceLine> out, String text, boolean endsFile, int lineNumber, TitleEnds ends) {
        int last = lastTextLine(out);
        if (last < 0) {
            return false;
        }
        int lastNumber = ContentsLineSplitter.leadingNumber(out.get(last).text());
        Matcher start = CONTENTS_PAGE_START.matcher(text);
        if (lastNumber < 0 || !start.find() || !isContentsEntry(out, last)
                || midLineHeading.matcher(text).find() || bareHeading.matcher(text).find()) {
            return false; // a page with section headings is an item's text, its first number a page's or the item's
        }
        int first = Integer.parseInt(start.group("number"));
        if (first <= lastNumber || first > lastNumber + MAX_MISSING_ENTRIES) {
            return false;
        }
        List<String> entries = ContentsLineSplitter.split(text.substring(start.start("number")), endsFile, ends);
        if (entries.isEmpty() || ContentsLineSplitter.leadingNumber(entries.get(0)) != first) {
            return false;
        }
        SourceLine before = out.remove(last);
        out.addAll(last, ContentsLineSplitter.filledUpTo(before.text(), first, ends).stream()
                .map(e -> new SourceLine(before.number(), e, 0)).toList());
        if (start.group("page") != null) {
            out.add(new SourceLine(lineNumber, start.group("page").strip(), 0));
        }
        entries.forEach(e -> out.add(new SourceLine(lineNumber, e, 0)));
        return true;
    }

    /**
     * The line is one of a run of numbered entries under a contents heading, with nothing between but part headings
     * and the page numbers of pages the contents go on over.
     */
    private static boolean isContentsEntry(List<SourceLine> out, int index) {
        for (int i = index; i >= 0; i--) {
            String text = out.get(i).text().strip();
            if (TOC_HEADING_ALONE.matcher(text).matches()) {
                return true;
            }
            if (!text.isEmpty() && ContentsLineSplitter.leadingNumber(text) < 0 && !ZONE_ALONE.matcher(text).matches()
                    && !PAGE_NUMBER_ALONE.matcher(text).matches()) {
                return false;
            }
        }
        return false;
    }

    private static int lastTextLine(List<SourceLine> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            if (!out.get(i).text().isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The last line with text so far is a contents heading alone ("Indholdsfortegnelse"). */
    private static boolean underContentsHeading(List<SourceLine> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            String text = out.get(i).text().strip();
            if (!text.isEmpty()) {
                return TOC_HEADING_ALONE.matcher(text).matches();
            }
        }
        return false;
    }

    /**
     * A line longer than this (in characters) is several printed lines that a PDF export ran together: a page, a
     * contents list, or several titles before one leader.
     */
    private static final int RUN_TOGETHER = 150;

    /**
     * Lines that a PDF export ran together (a whole page on one line) are cut before header labels, section headings
     * with a colon, item markers and contents headings, so that each of them starts a line as in the printed page.
     */
    List<SourceLine> split(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        TitleEnds ends = TitleEnds.of(lines); // read only if a run is cut
        int lastWithText = lines.size() - 1;
        while (lastWithText >= 0 && lines.get(lastWithText).text().isBlank()) {
            lastWithText--;
        }
        for (int index = 0; index < lines.size(); index++) {
            SourceLine line = lines.get(index);
            String text = line.text();
            Matcher toc = TOC_HEADING_START.matcher(text);
            Matcher contents = TOC_HEADING_ANYWHERE.matcher(text);
            boolean atStart = false;
            if (text.length() > RUN_TOGETHER && underContentsHeading(out)) {
                // the heading on a line of its own, the entries run together on the next: "Pkt. Tekst Side 1 A 4 2 B 10"
                List<String> entries = ContentsLineSplitter.split(text, index == lastWithText, ends);
                if (!entries.isEmpty()) {
                    entries.forEach(e -> out.add(new SourceLine(line.number(), e, 0)));
                    continue;
                }
            }
            if (text.length() > RUN_TOGETHER && ((atStart = toc.find()) || contents.find())) {
                Matcher heading = atStart ? toc : contents;
                List<String> entries = ContentsLineSplitter.split(text.substring(heading.end()), index == lastWithText, ends);
                if (!entries.isEmpty()) {
                    String before = text.substring(0, heading.start()).strip();
                    if (!before.isEmpty()) {
                        out.add(new SourceLine(line.number(), before, 0)); // a page number or running header
                    }
                    out.add(new SourceLine(line.number(), heading.group(1), 0));
                    entries.forEach(e -> out.add(new SourceLine(line.number(), e, 0)));
                    continue;
                }
            }
            if (text.length() > RUN_TOGETHER && continuesContents(out, text, index == lastWithText, line.number(), ends)) {
                continue;
            }
            toc.reset();
            contents.reset();
            if (toc.find() && (NUMBERED_ENTRY.matcher(text.substring(toc.end())).find() || LEADER_END.matcher(text).find())) {
                out.add(new SourceLine(line.number(), toc.group(1), line.headingLevel()));
                text = withoutZoneHeading(text.substring(toc.end()), line, out);
            } else if (text.length() > RUN_TOGETHER && LEADER_END.matcher(text).find() && contents.find()) {
                // "… Deltagere: … Indholdsfortegnelse Sag Tekst 1. A B … C...20": the page before the contents is
                // read on its own, as when it has no leaders
                out.add(new SourceLine(line.number(), text.substring(0, contents.start()).strip(), 0));
                out.add(new SourceLine(line.number(), contents.group(1), 0));
                text = withoutZoneHeading(text.substring(contents.end()), line, out);
            }
            if (LEADER_END.matcher(text).find()) {
                // "A ........ 3 B ........ 4": one entry per line, as printed
                int previousPage = 0;
                for (String entry : AFTER_LEADER_PAGE.split(text)) {
                    for (String piece : cutAtPageNumbers(entry.strip(), previousPage)) {
                        // a piece far longer than a title is titles the conversion ran together before one leader
                        List<String> titles = piece.length() > RUN_TOGETHER
                                ? ContentsLineSplitter.splitTitleRun(piece, ends) : List.of(piece);
                        titles.forEach(t -> out.add(new SourceLine(line.number(), t, 0)));
                    }
                    Matcher page = TRAILING_PAGE.matcher(entry.strip());
                    if (page.find()) {
                        previousPage = Integer.parseInt(page.group(1));
                    }
                }
                continue;
            }
            if (text.length() <= RUN_TOGETHER) {
                out.add(text.equals(line.text()) ? line : new SourceLine(line.number(), text, line.headingLevel()));
                continue;
            }
            List<String> pieces = new ArrayList<>();
            for (String byLabel : headerReader.splitFields(text)) {
                for (String byMarker : RUN_TOGETHER_CUT.split(byLabel)) {
                    for (String byHeading : midLineHeading.split(byMarker)) {
                        pieces.addAll(cutBareHeadings(byHeading));
                    }
                }
            }
            for (String piece : pieces) {
                if (!piece.isBlank()) {
                    out.add(new SourceLine(line.number(), piece.strip(), 0));
                }
            }
        }
        return out;
    }

    /**
     * The contents' first entries after an open or closed part's heading ("Åbne punkter 1. Godkendelse …"): the
     * heading goes on a line of its own, as printed, so that the first entry starts its line with its number.
     */
    private static String withoutZoneHeading(String text, SourceLine line, List<SourceLine> out) {
        Matcher zone = ZONE_BEFORE_ENTRY.matcher(text);
        if (!zone.find()) {
            return text;
        }
        out.add(new SourceLine(line.number(), zone.group(1), 0));
        return text.substring(zone.end());
    }

    /**
     * Contents entries whose title was too long for the line lose their leaders: "… i Boligselskab 8 Beslutning om …".
     * Inside one leader-ended piece, a number followed by a capitalised word is a page number, and so an entry's end,
     * when it lies between the page before and the piece's own page: page numbers only grow. The entry ends before
     * it ("… i Boligselskab"): a page number is no part of a title, and without its leader nothing later tells it
     * from one.
     */
    static List<String> cutAtPageNumbers(String piece, int previousPage) {
        Matcher own = TRAILING_PAGE.matcher(piece);
        if (!own.find()) {
            return List.of(piece);
        }
        int ownPage = Integer.parseInt(own.group(1));
        List<String> out = new ArrayList<>();
        Matcher m = BARE_PAGE.matcher(piece);
        int from = 0;
        int last = previousPage;
        while (m.find()) {
            int page = Integer.parseInt(m.group(1));
            if (m.end() < own.start() && page >= last && page <= ownPage) {
                out.add(piece.substring(from, m.start(1)).strip());
                from = m.end();
                last = page;
            }
        }
        out.add(piece.substring(from).strip());
        return out;
    }

}
