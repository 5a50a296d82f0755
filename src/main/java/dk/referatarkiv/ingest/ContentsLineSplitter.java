package dk.referatarkiv.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a table of contents that a PDF-to-text conversion ran into one line back into its entries. Separators that
 * repeat give the cuts:
 * <ol>
 *   <li>item numbers in sequence ({@code 1. A 2. B 3. C}, or {@code 1 A 5 2 B 6} with page numbers), a number allowed
 *       to be missing; where one is missing, the page column may show where its entry starts;</li>
 *   <li>worded markers in sequence ({@code Sag nr. 1 A Sag nr. 2 Sag nr. 3 B C}), also when read as a column before
 *       their titles;</li>
 *   <li>an open/closed column after each title ({@code A Åbent B Åbent C Lukket});</li>
 *   <li>a short committee code before each title ({@code KB - A KB - B ØU - C}).</li>
 * </ol>
 * Titles without any separator (the numbers stripped by the conversion) are cut where a title starts by the rules of
 * Danish capitalisation ({@link TitleRunSplitter}), into as many titles as surviving numbers leave room for when they
 * say ({@link #filledUpTo}). Stateless.
 */
final class ContentsLineSplitter {

    private static final int MIN_ENTRIES = 3;
    /** Column headings at the start of the contents: "Pkt. Tekst Side", "Sag nr.: Emne", "Åbne dagsordenspunkter". */
    private static final Pattern COLUMNS = Pattern.compile(
            "^(?:(?:Pkt\\.?|Punkt|Sag(?:\\s*nr\\.?)?|Nr\\.?|Tekst|Emne|Titel|Side(?:nr\\.?)?|Sagsnr\\.?|Åbne?|Åbent|"
                    + "(?:dagsordens)?punkter|dagsorden)\\s*:?\\s+)+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An item number before a title; a title may itself start with an ordinal ("1 2. behandling af budget 2027"). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,/-])(\\d{1,3})(\\.?)\\s+(?=\\p{Lu}|\\d{1,2}\\.\\s+\\p{Ll})");
    private static final Pattern MARKER = Pattern.compile("\\s+(Åbent|Åben|Lukket)(?=\\s+\\p{Lu}|\\s*$)");
    private static final Pattern CODE = Pattern.compile("(?<=\\s|^)(?:Lukket\\s+-\\s+)?(\\p{Lu}{2,4})\\s+-\\s+(?=\\p{Lu})");
    private static final Pattern COMPLETE_END = Pattern.compile("(?:\\d|Åbent|Åben|Lukket|\\.{3,}|…{2,})$");
    /** A leader and page number with more entries after it: the contents are cut at the leaders first. */
    private static final Pattern LEADERS = Pattern.compile("(?:\\.{3,}|…{2,})\\s*\\d{1,4}\\s+\\S");
    private static final Pattern LEADER_AND_PAGE = Pattern.compile("\\s*(?:\\.{3,}|…{2,})\\s*\\d{0,4}\\s*$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,4})\\.?\\s+(?=\\p{Lu})");
    private static final Pattern TRAILING_PAGE = Pattern.compile("\\s+\\d{1,3}$");
    private static final Pattern PAGE_AT_END = Pattern.compile("\\s(\\d{1,3})$");
    /** A number after a title's end, then a capitalised word: a page number with the next title after it. */
    private static final Pattern INNER_PAGE = Pattern.compile("(?<=[\\p{L})])\\s(\\d{1,3})\\s+(?=\\p{Lu}\\p{Ll})");
    /** How far the page column may move on over one entry whose next page is not known (the last entry). */
    private static final int MAX_PAGES_PER_ENTRY = 20;
    /** A worded item marker: "Sag nr. 52", "Pkt. 3", "Punkt 12". */
    private static final Pattern WORDED_MARKER = Pattern.compile("(?:Sag nr\\.|Pkt\\.|Punkt)\\s?(\\d{1,4})(?:\\s+|$)");
    /** A part's heading before the first marker ("Åben dagsorden"): a few words, no number. */
    private static final Pattern SHORT_HEADING = Pattern.compile("^[\\p{L} ]{3,30}:?$");
    private static final Pattern PAGE_LABEL_AT_END = Pattern.compile("\\s+Side \\d{1,4}(?: af \\d{1,4})?\\s*$");
    private static final Pattern ENTRY_NUMBER = Pattern.compile("^(\\d{1,3})\\.?\\s");
    /**
     * A later item number written as the first one was ("318. Vejnavne" after "296. Budgetopfølgning"), maybe after the
     * heading of the contents' closed or open part ("LUKKET MØDE 318. …"): the numbers between were lost, not the
     * items.
     */
    private static final Pattern LATER_NUMBER = Pattern.compile(
            "(?<=\\s)(?:(?<part>(?i:" + MinutesLexicon.PART_HEADING + "))\\s*:?\\s+)?"
                    + "(?<number>\\d{1,4})(?<dot>\\.?)\\s+(?=\\p{Lu})", Pattern.UNICODE_CASE);
    private static final Pattern CAPITALISED_WORD = Pattern.compile("(?<!\\S)[\"“„»«]?\\p{Lu}");

    private ContentsLineSplitter() {
    }

    /**
     * The entries of a run-together contents line (its heading already removed), or an empty list. When the file ends
     * on this line ({@code endsFile}) and the line does not end as an entry does (a page number, leaders, a marker),
     * the last entry was cut off by the end of the excerpt and is left out.
     */
    static List<String> split(String contents, boolean endsFile, TitleEnds ends) {
        List<String> entries = split(contents, ends);
        if (endsFile && !entries.isEmpty() && !COMPLETE_END.matcher(contents.strip()).find()) {
            return entries.subList(0, entries.size() - 1);
        }
        return entries;
    }

    static List<String> split(String contents) {
        return split(contents, TitleEnds.NONE);
    }

    /**
     * The entries of a run-together contents line (its heading already removed), or an empty list; titles run
     * together without any separator are cut also where the file's item pages end them ({@code ends}).
     */
    static List<String> split(String contents, TitleEnds ends) {
        String text = COLUMNS.matcher(contents.strip()).replaceFirst("");
        List<String> entries = withGapsFilled(withUnnumberedEntries(bySequence(text)), ends);
        if (entries.size() < MIN_ENTRIES) {
            entries = byPrefixedMarkers(text, ends);
        }
        if (entries.size() < MIN_ENTRIES) {
            entries = byMarkers(text);
        }
        if (entries.size() < MIN_ENTRIES) {
            entries = byCodes(text);
        }
        if (entries.size() < MIN_ENTRIES && !LEADERS.matcher(text).find()) {
            entries = byTitleStarts(text, ends); // with leaders, the entries are cut at them first (splitTitleRun)
        }
        return entries.size() < MIN_ENTRIES ? List.of() : withoutPageNumbers(entries);
    }

    /** Numbers 1, 2, 3 … (or from any start) in order; one missing number is skipped. */
    private static List<String> bySequence(String text) {
        Matcher m = NUMBER.matcher(text);
        List<int[]> marks = new ArrayList<>(); // start, end, number
        while (m.find()) {
            marks.add(new int[] {m.start(), m.end(), Integer.parseInt(m.group(1))});
        }
        if (marks.isEmpty() || marks.get(0)[0] != 0) {
            return List.of();
        }
        List<int[]> chosen = new ArrayList<>();
        chosen.add(marks.get(0));
        for (int k = 1; k < marks.size(); k++) {
            int expected = chosen.get(chosen.size() - 1)[2] + 1;
            int[] mark = marks.get(k);
            if (mark[2] == expected || mark[2] == expected + 1 && !laterHas(marks, k, expected)) {
                chosen.add(mark);
            }
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < chosen.size(); k++) {
            int end = k + 1 < chosen.size() ? chosen.get(k + 1)[0] : text.length();
            out.add(text.substring(chosen.get(k)[0], end).strip());
        }
        return out;
    }

    /**
     * A table whose title cells wrap pushes a number out of its place: "5 Lokalplan 12 (Beslutning) 14 Busplan for
     * Vestby 6 16 (Beslutning) 7 …" — the entry of item 6 starts right after item 5's page number, its own number
     * and page printed later or not at all. When most entries end in a page number, an entry is cut after an inner
     * number followed by a capitalised word where that number fits the page column: not below the page of the entry
     * before, not above the next page that follows, and only where the numbering leaves room (the next entry's number
     * is one higher than expected, or none follows); the entry takes the missing number. A number inside a title
     * ("Lokalplan 118 Boliger") seldom fits.
     */
    private static List<String> withUnnumberedEntries(List<String> entries) {
        if (entries.size() < MIN_ENTRIES) {
            return entries;
        }
        Integer[] pages = new Integer[entries.size()];
        int withPage = 0;
        for (int k = 0; k < entries.size(); k++) {
            Matcher page = PAGE_AT_END.matcher(entries.get(k));
            if (page.find()) {
                pages[k] = Integer.parseInt(page.group(1));
                withPage++;
            }
        }
        if (withPage * 2 < entries.size()) {
            return entries;
        }
        List<String> out = new ArrayList<>();
        int lower = 0;
        for (int k = 0; k < entries.size(); k++) {
            String entry = entries.get(k);
            Integer upper = null;
            for (int j = k + 1; j < entries.size() && upper == null; j++) {
                upper = pages[j];
            }
            Matcher inner = INNER_PAGE.matcher(entry);
            int cut = -1;
            while (inner.find()) {
                int page = Integer.parseInt(inner.group(1));
                boolean fits = page >= lower && (upper != null ? page <= upper : page <= lower + MAX_PAGES_PER_ENTRY);
                if (fits && inner.start() > 0 && (pages[k] == null || page <= pages[k])) {
                    cut = inner.end(1);
                    break;
                }
            }
            int number = leadingNumber(entry);
            boolean room = k + 1 == entries.size() || leadingNumber(entries.get(k + 1)) == number + 2;
            if (cut > 0 && lower > 0 && number > 0 && room) {
                out.add(entry.substring(0, cut).strip());
                // its own number and page, printed after a wrapped line ("… Vestby 9 27 (Beslutning)"), go
                String moved = entry.substring(cut).replaceFirst("\\s" + (number + 1) + "\\s+\\d{1,3}(?=\\s|$)", "");
                out.add((number + 1) + " " + moved.strip());
            } else {
                out.add(entry);
            }
            if (pages[k] != null) {
                lower = pages[k];
            }
        }
        return out;
    }

    /**
     * Entries that each start with a worded marker ("Sag nr. 52 …", "Pkt. 3 …"), numbered in sequence. A table read
     * column by column puts several markers in a row with no title between them, then the titles run together
     * ("Sag nr. 41 Sag nr. 42 Sag nr. 43 Anlægsregnskab … Puljemidler … Forslag til …"): each marker is an item, and
     * the titles after the last one are cut where titles start ({@link TitleRunSplitter}) and given to the markers
     * in order, a surplus staying with the last. With fewer titles than markers the last markers stay bare: the items
     * are there, their titles are not known.
     */
    private static List<String> byPrefixedMarkers(String contents, TitleEnds ends) {
        String text = PAGE_LABEL_AT_END.matcher(contents).replaceFirst("");
        Matcher m = WORDED_MARKER.matcher(text);
        List<int[]> marks = new ArrayList<>(); // start, end
        int previous = -1;
        while (m.find()) {
            int number = Integer.parseInt(m.group(1));
            boolean startsList = m.start() == 0 || SHORT_HEADING.matcher(text.substring(0, m.start()).strip()).matches();
            if (marks.isEmpty() ? !startsList : number != previous + 1) {
                return List.of(); // not a numbered list from its start, or out of order: no contents
            }
            marks.add(new int[] {m.start(), m.end()});
            previous = number;
        }
        if (marks.size() < MIN_ENTRIES) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (marks.get(0)[0] > 0) {
            out.add(text.substring(0, marks.get(0)[0]).strip()); // "Åben dagsorden"
        }
        List<String> bare = new ArrayList<>();
        for (int k = 0; k < marks.size(); k++) {
            String marker = text.substring(marks.get(k)[0], marks.get(k)[1]).strip();
            String after = text.substring(marks.get(k)[1], k + 1 < marks.size() ? marks.get(k + 1)[0] : text.length()).strip();
            bare.add(marker);
            if (after.isEmpty()) {
                continue;
            }
            List<String> titles = new ArrayList<>(TitleRunSplitter.split(after, 0, ends));
            while (titles.size() > bare.size()) {
                titles.set(titles.size() - 2, titles.get(titles.size() - 2) + " " + titles.remove(titles.size() - 1));
            }
            if (bare.size() == 1) {
                titles = List.of(after); // one marker, one title: nothing to share out
            }
            for (int j = 0; j < bare.size(); j++) {
                out.add(j < titles.size() ? bare.get(j) + " " + titles.get(j) : bare.get(j));
            }
            bare.clear();
        }
        out.addAll(bare);
        return out;
    }

    /** The item number an entry starts with, or -1. */
    static int leadingNumber(String entry) {
        Matcher m = ENTRY_NUMBER.matcher(entry);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static boolean laterHas(List<int[]> marks, int from, int number) {
        for (int k = from; k < marks.size(); k++) {
            if (marks.get(k)[2] == number) {
                return true;
            }
        }
        return false;
    }

    /** A title, then its open/closed column: the marker ends the entry. A closed one keeps "Lukket" in its title. */
    private static List<String> byMarkers(String text) {
        Matcher m = MARKER.matcher(text);
        List<String> out = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            String title = text.substring(from, m.start()).strip();
            if (!title.isEmpty()) {
                out.add(m.group(1).equalsIgnoreCase("Lukket") ? "Lukket - " + title : title);
            }
            from = m.end();
        }
        String rest = text.substring(from).strip();
        if (out.size() >= MIN_ENTRIES - 1 && !rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /** The same short code in capitals before several titles ("KB - ", "ØU - "): each code starts an entry. */
    private static List<String> byCodes(String text) {
        Matcher m = CODE.matcher(text);
        Map<String, Integer> counts = new TreeMap<>();
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            counts.merge(m.group(1), 1, Integer::sum);
            starts.add(m.start());
        }
        boolean repeated = counts.values().stream().anyMatch(c -> c >= 2) && starts.size() >= MIN_ENTRIES;
        if (!repeated) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : text.length();
            String entry = text.substring(starts.get(k), end).strip();
            if (k == 0 && starts.get(0) > 0) {
                entry = text.substring(0, end).strip(); // "1. ØU - Meddelelser": the number stays with the first code
            }
            out.add(entry);
        }
        return out;
    }

    /**
     * The titles of one contents entry that holds several, run together before a leader and page number: "Pkt. Side
     * 1. Godkendelse af dagsorden Meddelelser fra borgmesteren … Næste møde...19". The leader and page stay on the
     * last title.
     */
    static List<String> splitTitleRun(String entry, TitleEnds ends) {
        String text = COLUMNS.matcher(entry.strip()).replaceFirst("");
        Matcher leader = LEADER_AND_PAGE.matcher(text);
        String tail = leader.find() ? leader.group() : "";
        List<String> titles = new ArrayList<>(byTitleStarts(text.substring(0, text.length() - tail.length()), ends));
        if (titles.isEmpty()) {
            return List.of(entry.strip());
        }
        titles.set(titles.size() - 1, titles.get(titles.size() - 1) + tail);
        return titles;
    }

    /**
     * No separator repeats: the conversion lost them all but maybe the first item number. The titles are cut where a
     * title starts by the rules of Danish capitalisation ({@link TitleRunSplitter}). When the first number survived
     * ("1. Godkendelse af dagsorden Meddelelser …", "212. Valg af revisor …"), the list was numbered, and the entries are
     * numbered on from it, as a contents list is; without it they stay unnumbered. A later number that survived in the
     * same form ("296. A B … LUKKET MØDE 318. C") says how many titles the run before it holds; the heading of a
     * closed or open part before it is kept as a line of its own, as printed.
     */
    private static List<String> byTitleStarts(String text, TitleEnds ends) {
        Matcher first = LEADING_NUMBER.matcher(text);
        if (!first.find()) {
            return TitleRunSplitter.split(text, 0, ends);
        }
        int number = Integer.parseInt(first.group(1));
        boolean dotted = first.group().contains(".");
        List<String> entries = new ArrayList<>();
        String rest = text.substring(first.end());
        Matcher later = LATER_NUMBER.matcher(rest);
        while (later.find()) {
            int next = Integer.parseInt(later.group("number"));
            // a bare number ("Lokalplan 12 Boliger") counts only after a part's heading
            boolean sameForm = later.group("part") != null || dotted && !later.group("dot").isEmpty();
            // a number inside a title ("Lokalplan 118 Boliger") is seldom one that the titles before it can reach
            if (sameForm && next > number && next - number <= titleStarts(rest.substring(0, later.start()))) {
                for (String title : TitleRunSplitter.split(rest.substring(0, later.start()), next - number, ends)) {
                    entries.add(numbered(number++, dotted, title));
                }
                if (later.group("part") != null) {
                    entries.add(later.group("part"));
                }
                number = next;
                rest = rest.substring(later.end());
                later = LATER_NUMBER.matcher(rest);
            }
        }
        for (String title : TitleRunSplitter.split(rest, 0, ends)) {
            entries.add(numbered(number++, dotted, title));
        }
        return entries;
    }

    private static String numbered(int number, boolean dotted, String title) {
        return number + (dotted ? ". " : " ") + title;
    }

    /** How many words of a run could start a title: its capitalised ones. */
    private static int titleStarts(String run) {
        return (int) CAPITALISED_WORD.matcher(run).results().count();
    }

    /**
     * An entry followed by a number more than one higher lost the numbers of the entries after it, not their titles
     * ("3 Visionsplan Regler for tilskuddet 11 5 Analyse …"): its text is cut into as many titles as the numbers
     * leave room for ({@link TitleRunSplitter#split(String, int)}), numbered on; the page number stays on the last.
     */
    private static List<String> withGapsFilled(List<String> entries, TitleEnds ends) {
        if (entries.size() < MIN_ENTRIES) {
            return entries;
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            out.addAll(filledUpTo(entries.get(k), k + 1 < entries.size() ? leadingNumber(entries.get(k + 1)) : -1, ends));
        }
        return out;
    }

    /**
     * A numbered entry followed by item number {@code next}: the entry itself when {@code next} is the number after
     * its own (or unknown), else its titles cut into as many entries as the numbers between leave room for.
     */
    static List<String> filledUpTo(String entry, int next, TitleEnds ends) {
        Matcher head = ENTRY_NUMBER.matcher(entry);
        int number = head.find() ? Integer.parseInt(head.group(1)) : -1;
        if (number < 0 || next <= number + 1) {
            return List.of(entry);
        }
        boolean dotted = head.group().contains(".");
        String body = entry.substring(head.end()).strip();
        Matcher page = PAGE_AT_END.matcher(body);
        String pageTail = page.find() ? body.substring(page.start()) : "";
        List<String> titles = TitleRunSplitter.split(body.substring(0, body.length() - pageTail.length()), next - number, ends);
        List<String> out = new ArrayList<>();
        for (int j = 0; j < titles.size(); j++) {
            out.add(numbered(number + j, dotted, titles.get(j)) + (j == titles.size() - 1 ? pageTail : ""));
        }
        return out;
    }

    /** Page numbers after most titles ("… Skovsøen 5") are a column, not part of the title. */
    private static List<String> withoutPageNumbers(List<String> entries) {
        long withPage = entries.stream().filter(e -> TRAILING_PAGE.matcher(e).find()).count();
        if (withPage * 2 < entries.size()) {
            return entries;
        }
        return entries.stream().map(e -> TRAILING_PAGE.matcher(e).replaceFirst("")).toList();
    }
}
