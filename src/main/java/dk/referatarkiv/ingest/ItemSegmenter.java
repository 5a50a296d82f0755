package dk.referatarkiv.ingest;

import dk.referatarkiv.internal.TextNormal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the agenda items of one meeting's lines, whatever the publishing system:
 * <ol>
 *   <li><b>Candidates</b>: lines that can head an item, with any numbering ({@code Punkt 3:}, {@code Pkt. 164},
 *       {@code Sag nr. 129}, {@code Nr.1 -}, {@code 3.}, {@code 341 Title}, a number alone with the title on the next
 *       line), each scored by its form and by what follows it (a section heading, a case number, running text).</li>
 *   <li><b>Table of contents</b>: candidates packed together with nothing of an item between them, or the title lines
 *       listed under {@code Indholdsfortegnelse} / before the first item. Entries confirm titles and stand for items
 *       whose text the file does not hold; they never swallow the text.</li>
 *   <li><b>Item headings</b>: among the other candidates, the chain of ascending numbers with the best score.</li>
 *   <li><b>Unnumbered items</b>: without numbered headings, an item starts at a title listed in the table of
 *       contents, or where a case number or an open/closed marker starts a new run of sections.</li>
 * </ol>
 * Nothing here knows a vendor; every rule is a property of how Danish agendas are written. Stateless and thread-safe.
 */
final class ItemSegmenter {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern PREFIXED = Pattern.compile(
            "^(?:Punkt|Pkt\\.?|Sag\\s*nr\\.?|Sag|Nr\\.?|Dagsordenspunkt|Dagsordenpunkt)\\s*(?<n>\\d{1,4})\\s*(?:[:.)\\-–]\\s*)?(?<title>.*)$",
            FLAGS);
    private static final Pattern NUMBERED = Pattern.compile("^(?<n>\\d{1,3})\\s*[.:)]\\s*(?<title>\\S.*)$");
    private static final Pattern SPACED = Pattern.compile("^(?<n>\\d{1,3})\\s+(?<title>\\S.*)$");
    private static final Pattern ALONE = Pattern.compile("^(?:(?:Punkt|Pkt\\.?|Sag\\s*nr\\.?)\\s*)?(?<n>\\d{1,4})\\s*[.:]?$", FLAGS);
    private static final Pattern OPEN_CLOSED_MARK = Pattern.compile("^\\((?<mark>Åben|Åbent|Lukket)\\)\\s*", FLAGS);
    private static final Pattern NUMBERED_CAPITAL = Pattern.compile("^(\\d{1,3})\\.?\\s+(?=\\p{Lu})");
    private static final Pattern REPEATED_NUMBER = Pattern.compile("^(\\d{1,3})\\.\\s+");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern KLE = Pattern.compile("^\\d{2}\\.\\d{2}(?:\\.\\d{2})?(?:[-–\\s]|$)");
    private static final Pattern TOC_KEYWORD = Pattern.compile(
            "^(?:Indholdsfortegnelse|Indhold|Dagsordenspunkter|Dagsordenpunkter|Punkter|Sagspunkter"
                    + "|Punkter (?:på|til) (?:åben|lukket) dagsorden|Punkter til dagsorden|Åbne? (?:dagsordens)?punkter"
                    + "|Åben dagsorden)\\b.*$"
                    // the column headings of a contents table: "Pkt. Tekst", "Sag nr.: Emne", "Sag Tekst Sidenr."
                    + "|^(?:(?:Pkt\\.?|Punkt|Sag(?:\\s*nr\\.?)?|Nr\\.?|Tekst|Emne|Titel|Side(?:nr\\.?)?|Sagsnr\\.?)\\s*:?\\s*){2,}$",
            FLAGS);
    private static final Pattern CLOSED_ZONE = Pattern.compile(
            "^(?:Lukkede? (?:punkter|sager|dagsordenspunkter)|Lukket møde|Lukket dagsorden|Punkter på lukket dagsorden)\\s*:?$", FLAGS);
    private static final Pattern OPEN_ZONE = Pattern.compile(
            "^(?:Åbne? (?:punkter|sager|dagsordenspunkter)|Åben dagsorden|Punkter på åben dagsorden)\\s*:?$", FLAGS);
    /** A closed item's title: "Lukket punkt: …", "… - Lukket", "(lukket)", and "Closed: …" as a system prints it in English. */
    private static final Pattern CLOSED_TITLE = Pattern.compile(
            "(?:^lukket\\b|\\blukket (?:punkt|sag)\\b|[-–]\\s*lukket\\s*$|\\(lukket\\)|^closed\\s*:)", FLAGS);
    private static final Pattern ITEM_MARKER = Pattern.compile("^(?:Åben|Åbent|Lukket|Åbent punkt|Lukket punkt)$", FLAGS);
    private static final Pattern LEADER = Pattern.compile("(?:\\.{3,}|…{2,}|\\|)\\s*\\d*\\s*$");
    private static final int MAX_TITLE = 300;
    /** A title found at the end of a line after a running header: at least this long, after at most that much. */
    private static final int MIN_TITLE_AFTER_HEADER = 12;
    private static final int MAX_RUNNING_HEADER = 80;
    /** Parts of a minutes document that its contents list beside the items ({@code document-parts.tsv}). */
    private static final Set<String> DOCUMENT_PARTS = Set.copyOf(MinutesLexicon.readLines("document-parts.tsv"));

    private final SectionHeadings sections;
    private final HeaderReader header;

    ItemSegmenter(SectionHeadings sections, HeaderReader header) {
        this.sections = sections;
        this.header = header;
    }

    /** A line that can head an item. {@code titleEnd} is the last line the title uses. */
    record Candidate(int line, int number, String title, int titleEnd, double score, boolean hasLeader, boolean closed) {
    }

    /** An entry of the table of contents. */
    record TocEntry(int number, String title, int line, boolean closed) {
    }

    /**
     * An item found: its heading (or -1 for one known only from the table of contents), its text lines, and where its
     * lines begin: at its heading, or at the case lines or marker above it ({@link CaseLines}), which are its own too.
     */
    record Found(int number, String title, boolean closed, int headingLine, int textFrom, int textTo, int leadFrom) {

        Found(int number, String title, boolean closed, int headingLine, int textFrom, int textTo) {
            this(number, title, closed, headingLine, textFrom, textTo, headingLine);
        }
    }

    /** Where items and header are: the items, the first line of item text, and which lines are the contents list. */
    record Segmentation(List<Found> items, int firstItemLine, boolean[] tocLines) {
    }

    Segmentation segment(List<SourceLine> lines) {
        return segment(lines, Set.of());
    }

    /**
     * @param itemParts document parts ({@code document-parts.tsv}, lower case) that this file's publisher numbers as
     *                  agenda items elsewhere in the file ("Sag 2: Underskriftsblad"): listed unnumbered in a
     *                  contents they are items too, as the publisher does one meeting so it does the next
     */
    Segmentation segment(List<SourceLine> lines, Set<String> itemParts) {
        int n = lines.size();
        String[] bare = new String[n];
        for (int i = 0; i < n; i++) {
            bare[i] = Lines.bare(lines.get(i).text());
        }
        boolean[] closedZone = closedZones(bare);
        List<Candidate> candidates = candidates(bare, closedZone);
        boolean[] toc = new boolean[n];
        List<TocEntry> tocEntries = new ArrayList<>();
        List<Candidate> bodyCandidates = new ArrayList<>();
        splitToc(bare, candidates, toc, tocEntries, bodyCandidates);
        List<Candidate> chain = bestChain(bodyCandidates);
        List<Found> items = new ArrayList<>();
        if (!chain.isEmpty()) {
            dropListsInsideItems(chain, toc, tocEntries);
            if (tocEntries.isEmpty()) {
                unnumberedTocBeforeText(bare, toc, tocEntries, closedZone, chain.get(0).line(), itemParts);
            }
            if (tocEntries.isEmpty()) {
                listBeforeFirstHeading(bare, chain.get(0), toc, tocEntries, itemParts);
            }
            List<Optional<Candidate>> firstPrints = chain.stream().map(c -> firstPrint(bare, toc, candidates, c)).toList();
            untitledLead(bare, toc, firstPrints.get(0).orElse(chain.get(0)).line()).ifPresent(items::add);
            for (int k = 0; k < chain.size(); k++) {
                Candidate c = chain.get(k);
                int to = k + 1 < chain.size() ? firstPrints.get(k + 1).orElse(chain.get(k + 1)).line() : n;
                Optional<Candidate> first = firstPrints.get(k);
                if (first.isPresent()) {
                    // the agenda's line names the item; the title under the number again is the case's, kept as text
                    Candidate agenda = first.get();
                    items.add(new Found(c.number(), agenda.title(), c.closed() || agenda.closed(), agenda.line(),
                            c.titleEnd(), to)); // the page's number alone is no text, its title line is
                } else {
                    items.add(new Found(c.number(), c.title(), c.closed(), c.line(), c.titleEnd() + 1, to));
                }
            }
        } else {
            if (tocEntries.isEmpty()) {
                unnumberedTocBeforeText(bare, toc, tocEntries, closedZone, n, itemParts);
            }
            items.addAll(byTitles(bare, tocEntries, toc));
            if (items.isEmpty()) {
                items.addAll(byMarkers(bare, toc));
            }
            if (items.isEmpty() && tocEntries.isEmpty()) {
                items.addAll(bySectionCycles(bare, toc));
            }
            if (items.isEmpty() && tocEntries.isEmpty()) {
                titleBeforeFirstSection(bare).ifPresent(items::add);
            }
        }
        List<Found> merged = merge(withCaseLines(bare, toc, items), tocEntries);
        int first = merged.stream().filter(f -> f.headingLine() >= 0).mapToInt(Found::leadFrom).min().orElse(n);
        return new Segmentation(merged, first, toc);
    }

    /**
     * The items with the case lines above their headings as their own, where the meeting prints them there: at least as
     * many headings have case lines right above them as right under them (pages that print a number above and the
     * officer under count as above). There an item's lines begin at its case lines, and the item before ends there;
     * under the titles, case lines are the text of the item they end.
     */
    private static List<Found> withCaseLines(String[] bare, boolean[] toc, List<Found> items) {
        List<Found> byLine = new ArrayList<>(items);
        byLine.sort(Comparator.comparingInt(Found::headingLine));
        int[] leads = new int[byLine.size()];
        int above = 0;
        int under = 0;
        int floor = -1; // the last line of the previous item's title
        for (int k = 0; k < byLine.size(); k++) {
            Found f = byLine.get(k);
            leads[k] = CaseLines.leadFrom(bare, f.headingLine(), floor, toc);
            above += leads[k] < f.headingLine() ? 1 : 0;
            int next = nextNonBlank(bare, Math.max(f.textFrom(), f.headingLine() + 1), 3);
            under += next >= 0 && next < f.textTo() && CaseLines.isCaseLine(bare[next]) ? 1 : 0;
            floor = Math.max(f.headingLine(), f.textFrom() - 1);
        }
        boolean printedAbove = above > 0 && above >= under;
        List<Found> out = new ArrayList<>();
        for (int k = 0; k < byLine.size(); k++) {
            Found f = byLine.get(k);
            int from = printedAbove ? Math.min(f.leadFrom(), leads[k]) : f.leadFrom();
            if (k > 0) { // the item before ends where this one's lines begin
                Found before = out.get(k - 1);
                out.set(k - 1, new Found(before.number(), before.title(), before.closed(), before.headingLine(),
                        before.textFrom(), Math.min(before.textTo(), from), before.leadFrom()));
            }
            out.add(new Found(f.number(), f.title(), f.closed(), f.headingLine(), f.textFrom(), f.textTo(), from));
        }
        return out;
    }

    /**
     * The heading printed right above the chosen one with the same number and another title, nothing but blank lines
     * between: a web agenda prints each item's line of the agenda, number and title on one line ("• Pkt. 13 Nye regler
     * for vinterberedskab"), and then the item's own page with the number alone and the case's title under it ("Pkt.
     * 13", "Revision af regulativ for vintervedligeholdelse"). The agenda's line is the item's title as the meeting
     * published it; the case's title stays in the item's text. Empty where the two say the same, where nothing is
     * printed above, or where the headings have another shape ("2. Orienteringssag" above "2. Status på …" is a
     * category, not the agenda's line).
     */
    private static Optional<Candidate> firstPrint(String[] bare, boolean[] toc, List<Candidate> candidates, Candidate c) {
        if (c.titleEnd() == c.line()) {
            return Optional.empty(); // the page's heading has its number alone, its title under it
        }
        int above = c.line() - 1;
        while (above >= 0 && bare[above].isEmpty()) {
            above--;
        }
        for (Candidate b : candidates) {
            if (b.titleEnd() == above && b.line() == above && b.number() == c.number() && !toc[b.line()]
                    && !b.title().isEmpty() && !similar(b.title(), c.title())) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    // ---- candidates ------------------------------------------------------------------------------------------

    private List<Candidate> candidates(String[] bare, boolean[] closedZone) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < bare.length; i++) {
            candidate(bare, i, closedZone[i]).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Candidate> candidate(String[] bare, int i, boolean inClosedZone) {
        String text = bare[i];
        if (text.isEmpty() || text.length() > MAX_TITLE + 40 || KLE.matcher(text).find()
                || JournalNumber.PATTERN.matcher(text).matches()) {
            return Optional.empty();
        }
        double base;
        Matcher m;
        String title;
        int number;
        int titleEnd = i;
        if ((m = PREFIXED.matcher(text)).matches()) {
            base = 3;
            number = Integer.parseInt(m.group("n"));
            title = m.group("title");
        } else if ((m = NUMBERED.matcher(text)).matches()) {
            base = 2;
            number = Integer.parseInt(m.group("n"));
            title = m.group("title");
        } else if ((m = SPACED.matcher(text)).matches()) {
            base = 1.5;
            number = Integer.parseInt(m.group("n"));
            title = m.group("title");
        } else if (ALONE.matcher(text).matches()) {
            base = 1.5;
            Matcher a = ALONE.matcher(text);
            a.matches();
            number = Integer.parseInt(a.group("n"));
            title = "";
        } else {
            return Optional.empty();
        }
        if (number == 0) {
            return Optional.empty();
        }
        title = title.strip();
        if (title.isEmpty()) {
            int next = nextNonBlank(bare, i + 1, 2);
            if (next < 0) {
                return Optional.empty();
            }
            title = bare[next];
            titleEnd = next;
            if (ALONE.matcher(title).matches() || PREFIXED.matcher(title).matches()) {
                return Optional.empty();
            }
        }
        boolean closed = inClosedZone;
        Matcher mark = OPEN_CLOSED_MARK.matcher(title);
        if (mark.find()) {
            closed = mark.group("mark").equalsIgnoreCase("Lukket");
            title = title.substring(mark.end());
        }
        Matcher repeated = REPEATED_NUMBER.matcher(title);
        if (repeated.find() && Integer.parseInt(repeated.group(1)) == number) {
            title = title.substring(repeated.end()); // "1. 1. Title"; but "121 1. behandling af budget" keeps its "1."
        }
        boolean hasLeader = LEADER.matcher(title).find();
        title = TextNormal.withoutLeaders(title).strip();
        if (!plausibleTitle(title, true)) {
            return Optional.empty();
        }
        if (CLOSED_TITLE.matcher(title).find()) {
            closed = true;
        }
        boolean open = title.endsWith(",") || title.endsWith(";");
        if (open && !hasLeader && !leaderWithin(bare, titleEnd + 1, 2) || title.length() > 150 && title.endsWith(".")) {
            // a numbered list entry or a sentence, not a heading; but a contents entry may wrap after a comma
            return Optional.empty();
        }
        double score = base + (evidence(bare, titleEnd + 1) ? 2 : 0);
        return Optional.of(new Candidate(i, number, title, titleEnd, score, hasLeader, closed));
    }

    private boolean plausibleTitle(String title) {
        return plausibleTitle(title, false);
    }

    /**
     * A line that can be an item's title. After an item number, a title may start like a section heading with text
     * after the colon ("12 Høring: Forslag til lokalplan …"); without a number that is a section, not a title.
     */
    private boolean plausibleTitle(String title, boolean numbered) {
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            return false;
        }
        int first = title.codePointAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "\"“”'«»§(".indexOf(first) >= 0)) {
            return false;
        }
        if (Character.isDigit(first) && !title.matches("^\\d+\\.?\\s*\\p{L}{2,}.*")) {
            return false; // "1. behandling af …" is a title, "00.00-P20-4-25" or "2.000 kr." is not
        }
        if (title.matches("(?i)^at\\s.*") || header.label(title).isPresent()
                || TOC_KEYWORD.matcher(title).matches()
                || sections.match(title).filter(h -> !numbered || h.rest().isBlank()).isPresent()
                || PageFurniture.isFurniture(title)) {
            return false;
        }
        // A date or an amount is not a title ("2. behandling" is, "1. januar 2024" is caught by the capital rule).
        return !title.matches("^\\d[\\d.,]*\\s*(?:kr\\.?|mio\\.?|mia\\.?|%|procent)?$");
    }

    /** What follows a real item heading: a section heading, a case number, or running text, within a few lines. */
    private boolean evidence(String[] bare, int from) {
        int seen = 0;
        for (int i = from; i < bare.length && seen < 6; i++) {
            String t = bare[i];
            if (t.isEmpty() || t.equals("\f")) {
                continue;
            }
            if (PREFIXED.matcher(t).matches() || NUMBERED.matcher(t).matches() && seen == 0) {
                return false;
            }
            if (sections.match(t).isPresent() || sections.matchGlued(t).isPresent() || CaseLines.isCaseNumberLine(t)
                    || KLE.matcher(t).find() || t.length() > 100 && !LEADER.matcher(t).find()) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /** A dot-leader line among the next {@code lines} lines with text: the end of a wrapped contents entry. */
    private static boolean leaderWithin(String[] bare, int from, int lines) {
        for (int i = from, seen = 0; i < bare.length && seen < lines; i++) {
            if (bare[i].isEmpty() || bare[i].equals("\f")) {
                continue;
            }
            seen++;
            if (LEADER.matcher(bare[i]).find() && !bare[i].startsWith("|")) {
                return true;
            }
        }
        return false;
    }

    private static int nextNonBlank(String[] bare, int from, int maxSkip) {
        for (int i = from; i < bare.length && i <= from + maxSkip; i++) {
            if (bare[i].equals("\f")) {
                continue;
            }
            if (!bare[i].isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Lines under a "Lukkede punkter" heading, until an "Åbne punkter" heading. A header label ends the zone too: a
     * contents page may print the heading with nothing under it, and the participants that follow are no closed item
     * (which would withhold every item after them).
     */
    private boolean[] closedZones(String[] bare) {
        boolean[] closed = new boolean[bare.length];
        boolean in = false;
        for (int i = 0; i < bare.length; i++) {
            if (CLOSED_ZONE.matcher(bare[i]).matches()) {
                in = true;
            } else if (OPEN_ZONE.matcher(bare[i]).matches() || in && header.label(bare[i]).isPresent()) {
                in = false;
            }
            closed[i] = in;
        }
        return closed;
    }

    // ---- table of contents -----------------------------------------------------------------------------------

    /**
     * Candidates that follow each other closely, in number order, with nothing of an item between them, are a table
     * of contents: three or more, or two right under a contents heading.
     */
    private void splitToc(String[] bare, List<Candidate> candidates, boolean[] toc, List<TocEntry> entries,
                          List<Candidate> body) {
        int k = 0;
        while (k < candidates.size()) {
            int end = k;
            while (end + 1 < candidates.size() && tight(bare, candidates.get(end), candidates.get(end + 1))) {
                end++;
            }
            int size = end - k + 1;
            boolean underHeading = tocKeywordAbove(bare, candidates.get(k).line());
            if (size >= 3 || size >= 2 && underHeading) {
                if (cutAtEnd(bare, candidates.subList(k, end + 1))) {
                    end--; // the file ends inside the contents: the last entry is cut off
                }
                for (int j = k; j <= end; j++) {
                    Candidate c = candidates.get(j);
                    int next = j < end ? candidates.get(j + 1).line() : c.titleEnd() + 3;
                    String title = withContinuation(bare, c, next);
                    int last = j < end ? next - 1 : c.titleEnd();
                    for (int line = c.line(); line <= Math.min(last, bare.length - 1); line++) {
                        toc[line] = true;
                    }
                    entries.add(new TocEntry(c.number(), title, c.line(), c.closed()));
                }
                Candidate lastEntry = candidates.get(end);
                untitledEntryAfter(bare, lastEntry).ifPresent(line -> {
                    toc[line] = true;
                    entries.add(new TocEntry(lastEntry.number() + 1, "", line, false));
                });
            } else {
                for (int j = k; j <= end; j++) {
                    body.add(candidates.get(j));
                }
            }
            k = end + 1;
        }
    }

    /**
     * The line of a contents entry whose title the page withholds (a closed item's, often): the next number alone on
     * the line right after the last entry, with nothing of a title after it, only a case or journal number, or the end.
     */
    private static Optional<Integer> untitledEntryAfter(String[] bare, Candidate last) {
        int line = nextNonBlank(bare, last.titleEnd() + 1, 1);
        if (line < 0 || !BARE_NUMBER.matcher(bare[line]).matches()
                || Integer.parseInt(bare[line]) != last.number() + 1) {
            return Optional.empty();
        }
        int after = nextNonBlank(bare, line + 1, 2);
        boolean nothingOfATitle = after < 0 && line + 3 >= bare.length
                || after >= 0 && (CaseLines.isCaseNumberLine(bare[after]) || KLE.matcher(bare[after]).find());
        return nothingOfATitle ? Optional.of(line) : Optional.empty();
    }

    /** Consecutive numbers with at most two lines of text between them (a wrapped title), none of them an item's. */
    private boolean tight(String[] bare, Candidate a, Candidate b) {
        if (b.number() != a.number() + 1) {
            return false;
        }
        int between = 0;
        for (int i = a.titleEnd() + 1; i < b.line(); i++) {
            String t = bare[i];
            if (t.isEmpty() || t.equals("\f")) {
                continue;
            }
            if (++between > 2 || sections.match(t).isPresent() || CaseLines.isCaseNumberLine(t) || KLE.matcher(t).find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The excerpt ends inside a contents list whose entries end in page numbers, and the last entry has none: its
     * title may be cut anywhere, so it is no entry.
     */
    private static boolean cutAtEnd(String[] bare, List<Candidate> run) {
        Candidate last = run.get(run.size() - 1);
        long withLeaders = run.stream().filter(Candidate::hasLeader).count();
        if (last.hasLeader() || withLeaders < 2 || leaderWithin(bare, last.titleEnd() + 1, 2)) {
            return false;
        }
        for (int i = last.titleEnd() + 1; i < bare.length; i++) {
            if (!bare[i].isEmpty() && !bare[i].equals("\f")) {
                return bare.length - i <= 2 && i - last.titleEnd() <= 3; // at most a wrapped line, then the end
            }
        }
        return true;
    }

    /** A wrapped contents entry: lines after it that continue the title (lower-case start, or the title ends open). */
    private String withContinuation(String[] bare, Candidate c, int nextLine) {
        StringBuilder t = new StringBuilder(c.title());
        for (int i = c.titleEnd() + 1; i < nextLine && i < bare.length; i++) {
            String line = bare[i];
            if (line.isEmpty() || line.equals("\f")) {
                continue;
            }
            boolean open = t.toString().matches(".*(?:[-–&,]|\\bog|\\bsamt|\\bfor|\\bi|\\baf|\\btil|\\bvedr\\.)$");
            boolean lower = Character.isLowerCase(line.codePointAt(0));
            if ((open || lower || !c.hasLeader() && LEADER.matcher(line).find()) && line.length() < MAX_TITLE
                    && header.label(line).isEmpty()) {
                t.append(' ').append(TextNormal.withoutLeaders(line));
            } else {
                break;
            }
        }
        return t.toString().strip();
    }

    private static boolean tocKeywordAbove(String[] bare, int line) {
        for (int i = line - 1, seen = 0; i >= 0 && seen < 4; i--) {
            if (bare[i].isEmpty()) {
                continue;
            }
            if (TOC_KEYWORD.matcher(bare[i]).matches() || CLOSED_ZONE.matcher(bare[i]).matches()
                    || OPEN_ZONE.matcher(bare[i]).matches()) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /**
     * Unnumbered contents above line {@code before}: the short title lines under a contents heading
     * ({@code CF - Godkendelse ..... 3}) whose titles recur later as headings, carry leaders, or are three or more.
     */
    private void unnumberedTocBeforeText(String[] bare, boolean[] toc, List<TocEntry> entries, boolean[] closedZone,
                                         int before, Set<String> itemParts) {
        for (int i = 0; i < before; i++) {
            if (!TOC_KEYWORD.matcher(bare[i]).matches()) {
                continue;
            }
            List<TocEntry> found = new ArrayList<>();
            int withLeaders = 0;
            int j = i + 1;
            for (; j < before; j++) {
                String t = bare[j];
                if (t.isEmpty() || t.equals("\f") || CLOSED_ZONE.matcher(t).matches() || OPEN_ZONE.matcher(t).matches()) {
                    continue;
                }
                // The first entry may start in lower case: its ordinal was lost with the numbers ("2. behandling af …")
                String asTitle = found.isEmpty() && j == firstAfterHeading(bare, i) ? capitalised(t) : t;
                if (t.length() > MAX_TITLE || sections.match(t).isPresent() || header.label(t).isPresent()
                        || CaseLines.isCaseNumberLine(t) || KLE.matcher(t).find()
                        || !plausibleTitle(TextNormal.withoutLeaders(asTitle))) {
                    break;
                }
                if (isDocumentPart(t, itemParts)) {
                    toc[j] = true; // "Bilagsoversigt ... 21": listed in the contents, but no agenda item
                    continue;
                }
                if (LEADER.matcher(t).find()) {
                    withLeaders++;
                }
                String title = TextNormal.withoutLeaders(t);
                int number = -1;
                Matcher numbered = NUMBERED_CAPITAL.matcher(title);
                if (numbered.find()) {
                    number = Integer.parseInt(numbered.group(1)); // "1. Skovvej …": numbers only on some entries
                    title = title.substring(numbered.end());
                }
                found.add(new TocEntry(number, title, j, closedZone[j] || CLOSED_TITLE.matcher(t).find()));
            }
            // Entries whose titles recur as headings, with leaders, or three or more right under the heading.
            if (found.size() >= 3 || found.size() >= 1 && (laterHeadings(bare, found, j) > 0 || withLeaders >= 2)) {
                entries.addAll(found);
                for (TocEntry e : found) {
                    toc[e.line()] = true;
                }
                return;
            }
        }
    }

    private static int firstAfterHeading(String[] bare, int heading) {
        int next = nextNonBlank(bare, heading + 1, bare.length);
        return next < 0 ? heading + 1 : next;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /**
     * An unnumbered contents entry that names a part of the document ("Underskriftsside"), not an agenda item, unless
     * the file numbers that part as an item ({@code itemParts}).
     */
    private static boolean isDocumentPart(String line, Set<String> itemParts) {
        String title = documentPartName(line);
        return DOCUMENT_PARTS.contains(title) && !itemParts.contains(title);
    }

    private static String documentPartName(String title) {
        return TextNormal.withoutLeaders(title).strip().toLowerCase(Locale.ROOT).replaceAll("[.:]+$", "");
    }

    /** The document parts that a segmentation found as numbered item headings ("Sag 2: Underskriftsblad"). */
    static Set<String> numberedDocumentParts(Segmentation segmentation) {
        Set<String> parts = new HashSet<>();
        for (Found f : segmentation.items()) {
            String name = documentPartName(f.title());
            if (f.headingLine() >= 0 && f.number() > 0 && DOCUMENT_PARTS.contains(name)) {
                parts.add(name);
            }
        }
        return parts;
    }

    private static int laterHeadings(String[] bare, List<TocEntry> entries, int from) {
        int count = 0;
        for (TocEntry e : entries) {
            String want = TextNormal.normal(e.title());
            for (int i = from; i < bare.length; i++) {
                if (!want.isEmpty() && TextNormal.normal(bare[i]).equals(want)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /**
     * A contents list comes before the items it lists. A tight numbered run after the first item heading is a numbered
     * list in an item's text ("1. Bo Ravn udtræder …" under Indstilling), not contents: its entries are dropped.
     */
    private static void dropListsInsideItems(List<Candidate> chain, boolean[] toc, List<TocEntry> entries) {
        int firstHeading = chain.get(0).line();
        Set<Integer> chainNumbers = new HashSet<>();
        chain.forEach(c -> chainNumbers.add(c.number()));
        List<TocEntry> inside = entries.stream()
                .filter(e -> e.line() > firstHeading && !chainNumbers.contains(e.number()))
                .toList();
        for (TocEntry e : inside) {
            toc[e.line()] = false;
        }
        entries.removeAll(inside);
    }

    /**
     * Contents without a heading or numbers: a list of title lines before the first item heading that begins with that
     * item's title ("- Godkendelse af dagsorden / - Besøg på genbrugspladsen / …" above "1 : Godkendelse af dagsorden").
     */
    private void listBeforeFirstHeading(String[] bare, Candidate first, boolean[] toc, List<TocEntry> entries,
                                        Set<String> itemParts) {
        int start = -1;
        for (int i = 0; i < first.line(); i++) {
            if (!toc[i] && similar(bare[i], first.title())) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return;
        }
        List<TocEntry> found = new ArrayList<>();
        for (int i = start; i < first.line(); i++) {
            String t = bare[i];
            if (t.isEmpty() || t.equals("\f") || PageFurniture.isFurniture(t)) {
                continue;
            }
            if (t.length() > MAX_TITLE || header.label(t).isPresent() || CaseLines.isCaseNumberLine(t)
                    || !plausibleTitle(TextNormal.withoutLeaders(t))) {
                break;
            }
            if (isDocumentPart(t, itemParts)) {
                continue;
            }
            found.add(new TocEntry(-1, TextNormal.withoutLeaders(t), i, CLOSED_TITLE.matcher(t).find()));
        }
        if (found.size() >= 2) {
            entries.addAll(found);
            found.forEach(e -> toc[e.line()] = true);
        }
    }

    /**
     * An excerpt that starts inside an item: the sections before the first item heading (at least two kinds of the
     * case sections, outside the contents) are an item whose heading the file does not hold.
     */
    private Optional<Found> untitledLead(String[] bare, boolean[] toc, int firstHeading) {
        Set<SectionKind> kinds = new HashSet<>();
        int firstSection = -1;
        for (int i = 0; i < firstHeading; i++) {
            if (toc[i]) {
                continue;
            }
            Optional<SectionHeadings.Heading> h = sections.match(bare[i]);
            if (h.isPresent() && CASE_SECTIONS.contains(h.get().kind())) {
                kinds.add(h.get().kind());
                if (firstSection < 0) {
                    firstSection = i;
                }
            }
        }
        if (kinds.size() < 2) {
            return Optional.empty();
        }
        int start = firstSection;
        // the case-number line just above belongs to the item
        for (int i = firstSection - 1; i >= 0 && i >= firstSection - 3; i--) {
            if (CaseLines.isCaseNumberLine(bare[i])) {
                start = i;
            }
        }
        return Optional.of(new Found(-1, "", false, start, start, firstHeading));
    }

    private static final Set<SectionKind> CASE_SECTIONS =
            Set.of(SectionKind.ANLEDNING, SectionKind.SAGSFREMSTILLING, SectionKind.INDSTILLING, SectionKind.BESLUTNING);

    // ---- numbered headings -----------------------------------------------------------------------------------

    /** The chain of candidates with ascending numbers and the best total score (gaps in numbering cost a little). */
    private static List<Candidate> bestChain(List<Candidate> candidates) {
        int n = candidates.size();
        if (n == 0) {
            return List.of();
        }
        double[] best = new double[n];
        int[] previous = new int[n];
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            best[i] = c.score();
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                Candidate p = candidates.get(j);
                int gap = c.number() - p.number();
                if (gap <= 0 || gap > 25) {
                    continue;
                }
                double value = best[j] + c.score() - 0.6 * (gap - 1);
                if (value > best[i]) {
                    best[i] = value;
                    previous[i] = j;
                }
            }
        }
        int end = 0;
        for (int i = 1; i < n; i++) {
            if (best[i] > best[end]) {
                end = i;
            }
        }
        List<Candidate> chain = new ArrayList<>();
        for (int i = end; i >= 0; i = previous[i]) {
            chain.add(0, candidates.get(i));
        }
        // A lone weak candidate (a number and a line of text) is no evidence of an item heading.
        if (chain.size() == 1 && chain.get(0).score() < 3) {
            return List.of();
        }
        return chain;
    }

    // ---- unnumbered items ------------------------------------------------------------------------------------

    /** Items whose headings are the contents' titles repeated in the text. */
    private static List<Found> byTitles(String[] bare, List<TocEntry> entries, boolean[] toc) {
        List<Found> found = new ArrayList<>();
        int from = 0;
        for (TocEntry e : entries) {
            from = Math.max(from, e.line() + 1);
        }
        List<int[]> starts = new ArrayList<>();
        int search = from;
        for (int k = 0; k < entries.size(); k++) {
            String want = TextNormal.normal(entries.get(k).title());
            for (int i = search; i < bare.length; i++) {
                if (!toc[i] && !want.isEmpty() && headsWith(TextNormal.normal(bare[i]), want)) {
                    starts.add(new int[] {k, i});
                    search = i + 1;
                    break;
                }
            }
        }
        for (int s = 0; s < starts.size(); s++) {
            TocEntry e = entries.get(starts.get(s)[0]);
            int line = starts.get(s)[1];
            int to = s + 1 < starts.size() ? starts.get(s + 1)[1] : bare.length;
            found.add(new Found(e.number() > 0 ? e.number() : -1, e.title(), e.closed(), line, line + 1, to));
        }
        return found;
    }

    /**
     * The line is the title, or a page run into one line that starts with a running header and then the title
     * ("Sønderby Kommune Dato Side Kulturudvalget Godkendelse af dagsorden"): a title of a few words after a short head.
     */
    private static boolean headsWith(String line, String title) {
        if (line.equals(title)) {
            return true;
        }
        return title.length() >= MIN_TITLE_AFTER_HEADER && line.endsWith(" " + title)
                && line.length() - title.length() <= MAX_RUNNING_HEADER;
    }

    /**
     * Items without any heading (pages that print only the case text): an item starts at a case-number line or an
     * open/closed marker that comes after the previous item's text.
     */
    private List<Found> byMarkers(String[] bare, boolean[] toc) {
        List<int[]> starts = new ArrayList<>(); // marker line, title line (-1: the marker heads an untitled item)
        boolean textSinceStart = true;
        for (int i = 0; i < bare.length; i++) {
            String t = bare[i];
            if (t.isEmpty() || toc[i]) {
                continue;
            }
            boolean marker = CaseLines.isCaseNumberLine(t) || ITEM_MARKER.matcher(t).matches();
            int next = nextNonBlank(bare, i + 1, 3);
            boolean sectionFollows = next >= 0 && startsCase(bare[next]);
            int title = -1;
            if (marker && !sectionFollows && next >= 0 && titleUnderMarker(bare[next])) {
                // "Sagsnr.: … / Ansøgning om tilskud / Sagsfremstilling": the line between is the item's title
                int after = nextNonBlank(bare, next + 1, 3);
                if (after >= 0 && startsCase(bare[after])) {
                    title = next;
                    sectionFollows = true;
                }
            }
            if (marker && sectionFollows && textSinceStart) {
                starts.add(new int[] {i, title});
                textSinceStart = false;
                i = Math.max(i, title);
            } else if (!marker && sections.match(t).isEmpty()) {
                textSinceStart = true;
            }
        }
        List<Found> found = new ArrayList<>();
        if (starts.size() < 2) {
            return found;
        }
        for (int s = 0; s < starts.size(); s++) {
            int line = starts.get(s)[0];
            int title = starts.get(s)[1];
            int to = s + 1 < starts.size() ? starts.get(s + 1)[0] : bare.length;
            boolean closed = bare[line].toLowerCase(Locale.ROOT).startsWith("lukket");
            // A titled item is headed by its title; the case line above it is the item's (Found.leadFrom).
            found.add(title < 0 ? new Found(-1, "", closed, line, line, to)
                    : new Found(-1, bare[title], closed, title, title + 1, to, line));
        }
        return found;
    }

    /** A section heading, a case line or an open/closed marker: what follows an item's marker. */
    private boolean startsCase(String line) {
        return sections.match(line).isPresent() || CaseLines.isCaseLine(line) || ITEM_MARKER.matcher(line).matches();
    }

    /** A line that can be a title under a marker (one that is not itself what follows a marker): no sentence. */
    private boolean titleUnderMarker(String line) {
        return plausibleTitle(line) && !line.endsWith(".") && !line.endsWith(":");
    }

    /**
     * Items with neither headings nor markers, only their sections (pages that print each case's sections one after
     * the other): when a heading recurs, the section run has started over. A new item starts at a heading already seen
     * in the current item, or at a case section that follows the current item's decision; decisions that follow each
     * other (one per body the case went through) stay in one item. Applies only when some heading does recur, so a
     * one-item page whose decision comes early is not split.
     */
    private List<Found> bySectionCycles(String[] bare, boolean[] toc) {
        List<Integer> headingLines = new ArrayList<>();
        List<SectionHeadings.Heading> headings = new ArrayList<>();
        for (int i = 0; i < bare.length; i++) {
            if (toc[i]) {
                continue;
            }
            Optional<SectionHeadings.Heading> h = sections.match(bare[i]);
            if (h.isPresent() && h.get().kind() != SectionKind.BILAG) {
                headingLines.add(i);
                headings.add(h.get());
            }
        }
        Set<String> distinct = new HashSet<>();
        boolean recurs = false;
        for (SectionHeadings.Heading h : headings) {
            recurs |= !distinct.add(headingKey(h));
        }
        List<Found> found = new ArrayList<>();
        if (!recurs) {
            return found;
        }
        List<Integer> starts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean decided = false;
        for (int k = 0; k < headings.size(); k++) {
            SectionHeadings.Heading h = headings.get(k);
            // decisions in a row are the case's way through its bodies ("Beslutning Økonomiudvalget den …", then
            // "Beslutning Byrådet den …"), not a new case
            boolean decisionChain = h.kind() == SectionKind.BESLUTNING && k > 0
                    && headings.get(k - 1).kind() == SectionKind.BESLUTNING;
            boolean repeat = seen.contains(headingKey(h)) && !decisionChain;
            boolean afterDecision = decided && h.kind() != SectionKind.BESLUTNING;
            if (starts.isEmpty() || repeat || afterDecision) {
                starts.add(headingLines.get(k));
                seen.clear();
                decided = false;
            }
            seen.add(headingKey(h));
            decided |= h.kind() == SectionKind.BESLUTNING;
        }
        if (starts.size() < 2) {
            return found;
        }
        for (int s = 0; s < starts.size(); s++) {
            int line = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : bare.length;
            found.add(new Found(-1, "", false, line, line, to));
        }
        return found;
    }

    private static String headingKey(SectionHeadings.Heading h) {
        return h.kind() == SectionKind.OTHER ? TextNormal.normal(h.heading()) : h.kind().name();
    }

    /**
     * A page with one item and an unnumbered title: the last title-like line (two words or more, no full stop, not a
     * label, not a short code) before the item's first section heading.
     */
    private Optional<Found> titleBeforeFirstSection(String[] bare) {
        int first = -1;
        for (int i = 0; i < bare.length && first < 0; i++) {
            if (sections.match(bare[i]).isPresent()) {
                first = i;
            }
        }
        // Up to 25 lines with text: a distribution grid of one-word codes can stand between title and text.
        for (int i = first - 1, seen = 0; i >= 0 && seen < 25; i--) {
            String t = bare[i];
            if (t.isEmpty() || t.equals("\f")) {
                continue;
            }
            seen++;
            if (header.label(t).isPresent() || TOC_KEYWORD.matcher(t).matches()) {
                return Optional.empty();
            }
            boolean titleLike = t.length() <= 200 && !t.endsWith(".") && !t.contains(": ") && t.split("\\s+").length >= 2
                    && plausibleTitle(t) && DateFinder.first(t).isEmpty() && !CaseLines.isCaseNumberLine(t);
            if (titleLike) {
                return Optional.of(new Found(-1, t, CLOSED_TITLE.matcher(t).find(), i, i + 1, bare.length));
            }
        }
        return Optional.empty();
    }

    // ---- merge ---------------------------------------------------------------------------------------------

    /**
     * Items with text and contents entries as one list: an entry confirms the item with the same number (or title);
     * an entry without text becomes an item known by its title only. Numbered lists are ordered by number.
     */
    private static List<Found> merge(List<Found> items, List<TocEntry> toc) {
        List<Found> out = new ArrayList<>(items);
        for (TocEntry e : toc) {
            if (out.stream().noneMatch(f -> confirms(e, f))) {
                out.add(new Found(e.number(), e.title(), e.closed(), -1, -1, -1));
            }
        }
        boolean allNumbered = out.stream().allMatch(f -> f.number() > 0);
        if (allNumbered) {
            out.sort(Comparator.comparingInt(Found::number));
        } else if (!toc.isEmpty() && out.size() > items.size()) {
            // unnumbered: keep the contents' order, items with text at their entry's place
            List<Found> ordered = new ArrayList<>();
            for (TocEntry e : toc) {
                out.stream().filter(f -> confirms(e, f)).findFirst().filter(f -> !ordered.contains(f)).ifPresent(ordered::add);
            }
            out.stream().filter(f -> !ordered.contains(f)).forEach(ordered::add);
            out = ordered;
        }
        // Item numbers are ids within the meeting: unnumbered or repeated ones get the next free number.
        List<Found> result = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        int ordinal = 0;
        for (Found f : out) {
            ordinal++;
            int number = f.number() > 0 && !used.contains(f.number()) ? f.number() : nextFree(used, ordinal);
            used.add(number);
            result.add(new Found(number, f.title(), f.closed(), f.headingLine(), f.textFrom(), f.textTo(), f.leadFrom()));
        }
        return result;
    }

    /**
     * The contents entry stands for this item: the same number, or the same title where the numbers do not disagree
     * (two items may share a title: "Mageskifte" as 58 and 59).
     */
    private static boolean confirms(TocEntry e, Found f) {
        if (e.number() > 0 && f.number() > 0) {
            return f.number() == e.number();
        }
        return similar(f.title(), e.title());
    }

    private static int nextFree(Set<Integer> used, int from) {
        int n = Math.max(1, from);
        while (used.contains(n)) {
            n++;
        }
        return n;
    }

    static boolean similar(String a, String b) {
        String x = TextNormal.normal(a);
        String y = TextNormal.normal(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        return longer.startsWith(shorter) && shorter.length() >= 0.8 * longer.length();
    }
}
