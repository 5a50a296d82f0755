package dk.referatarkiv.ingest;

import dk.referatarkiv.internal.Slugs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of one minutes file into its {@link Meeting}s, whatever the layout: markup is stripped, page
 * furniture removed, lines that a PDF export ran together are split at labels and item markers, the file is split
 * where a second meeting's title begins, and each meeting is segmented into header and items by {@link ItemSegmenter}
 * and {@link HeaderReader}. A meeting in which no item can be found becomes one item holding the whole text, with a
 * warning. Thread-safe: holds only immutable parts.
 */
public final class MinutesParser {

    /** Title of the single item made from a text whose items could not be recognised. */
    static final String WHOLE_TEXT_TITLE = "Hele referatet";
    /** How much text after the contents that no listed title heads it takes to keep it as an item of its own. */
    private static final int MIN_UNPLACED_TEXT = 200;
    /** The header as written is kept up to this length (a header is a few lines; a runaway one is not a header). */
    private static final int MAX_HEADER_SOURCE = 8_000;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** The title line of a meeting's minutes: "REFERAT Byrådet 2022-2025 d. 14-03-2024". */
    private static final Pattern MEETING_TITLE = Pattern.compile(
            "^(?:REFERAT|DAGSORDEN|BESLUTNINGSPROTOKOL|Referat|Dagsorden|Beslutningsprotokol)\\b.{0,120}$");
    /** Places where a line run together by a PDF export is cut: item markers and contents headings. */
    private static final Pattern RUN_TOGETHER_CUT = Pattern.compile(
            "(?<=\\S)\\s+(?=(?:Sag nr\\.|Pkt\\.|Punkt) \\d{1,4}\\b|Indholdsfortegnelse\\b|INDHOLDSFORTEGNELSE\\b)");
    /** A contents heading with the first entries on its line: "Indholdsfortegnelse 1. Godkendelse …". */
    private static final Pattern TOC_HEADING_ALONE = Pattern.compile(
            "^(?:Punkter på (?:åben|lukket) dagsorden|Indholdsfortegnelse|Indhold)\\s*:?$", FLAGS);
    private static final Pattern TOC_HEADING_START = Pattern.compile(
            "^((?:Punkter på (?:åben|lukket) dagsorden|Indholdsfortegnelse|Indhold)\\s*:?)\\s+(?=\\S)", FLAGS);
    /** The same inside a page that a PDF conversion ran into one line: "2 Byrådet, Indholdsfortegnelse Sag nr. …". */
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
    /** A page that starts with an item number and a title, maybe after the page's own number: "3 15 Turismepolitik …". */
    private static final Pattern CONTENTS_PAGE_START = Pattern.compile("^(?<page>\\d{1,3}\\s+)?(?<number>\\d{1,3})\\.?\\s+(?=\\p{Lu})");
    /** A line that is only a page number (the page's own, put on a line of its own). */
    private static final Pattern PAGE_NUMBER_ALONE = Pattern.compile("^\\d{1,4}$");
    /** How many entries a contents page may have lost between its last number and the next page's first. */
    private static final int MAX_MISSING_ENTRIES = 30;
    /** A contents part's heading on a line of its own. */
    private static final Pattern ZONE_ALONE = Pattern.compile(
            "^(?:" + MinutesLexicon.PART_HEADING + ")\\s*:?$", FLAGS);
    /** A cheap test before the attendance sentence forms are tried on a line. */
    private static final Pattern ATTENDANCE_WORD = Pattern.compile("forfald|stedfortræder|inhabil|fraværende|afbud", FLAGS);
    /** "Fraværende: A (V), B (A)" under a decision; some systems write a dash for the colon ("Fraværende- A ()"). */
    private static final Pattern ABSENT_LINE = Pattern.compile("^(?:Fraværende|Afbud)\\s*[:\\-–]\\s*(?<names>(?-i:\\p{Lu}).+)$", FLAGS);
    private static final Pattern DECISION_DATE = Pattern.compile("(?i)^(?:Beslutning|Afgørelse)\\b|,\\s*pkt\\.\\s*\\d+|beslutning på mødet");
    private static final Pattern DECIDED_BY = Pattern.compile("^(?:Sagen afgøres (?:i|af)|Beslutningskompetence|Afgøres af)\\b", FLAGS);
    /** A decision heading in the genitive: "Folkeoplysningsudvalgets beslutning på mødet den 12. januar 2022". */
    private static final Pattern GENITIVE_DECISION = Pattern.compile("^(\\p{Lu}[\\p{L}-]+)s\\s+(?:beslutning|afgørelse)\\b");
    /** The body a recommendation is addressed to: "Forvaltningen indstiller, at Økonomiudvalget …", "indstiller til Byrådet". */
    private static final Pattern RECOMMENDED_TO = Pattern.compile("\\bindstiller\\s*,?\\s*(?:til|at|over for)\\s+(?:\\p{Ll}+\\s+){0,2}(?=\\p{Lu})");

    private final MarkupStripper stripper = new MarkupStripper();
    private final HeaderReader headerReader;
    private final AttendanceSentences attendance;
    private final SectionHeadings sectionHeadings;
    private final ItemSegmenter segmenter;
    private final Pattern midLineHeading;
    private final Pattern bareHeading;

    public MinutesParser() {
        this(MinutesLexicon.DEFAULT);
    }

    public MinutesParser(MinutesLexicon lexicon) {
        this.headerReader = new HeaderReader(lexicon);
        this.attendance = new AttendanceSentences(lexicon);
        this.sectionHeadings = new SectionHeadings(lexicon);
        this.segmenter = new ItemSegmenter(sectionHeadings, headerReader);
        StringBuilder headings = new StringBuilder();
        for (String h : lexicon.sectionHeadings()) {
            if (h.length() >= 5) {
                headings.append(headings.isEmpty() ? "" : "|").append(Pattern.quote(capitalised(h)));
            }
        }
        // A section heading with a colon inside a run-together line: "… Sagsnr.: 14/ Sagsfremstilling: Dagsorden …"
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
     * A run-together piece cut around the section headings it holds without a colon ("… styrelse Sagsfremstilling
     * Dagsorden til mødet …" → "… styrelse", "Sagsfremstilling", "Dagsorden til mødet …"): the heading on a line of
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

    public ParsedMinutes parse(String fileName, String text) {
        return parse(fileName, text, "");
    }

    /**
     * @param defaultMunicipality the municipality to assume when the text names none (the corpus folder's setting),
     *                            or empty
     */
    public ParsedMinutes parse(String fileName, String text, String defaultMunicipality) {
        ProblemSink problems = new ProblemSink(fileName);
        List<SourceLine> stripped = stripper.strip(text);
        Optional<PageFurniture.PageCount> pages = PageFurniture.pageCount(stripped);
        List<SourceLine> lines = splitRunTogether(PageFurniture.remove(stripped));
        List<List<SourceLine>> blocks = splitMeetings(lines);
        List<Meeting> meetings = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> ways = new LinkedHashSet<>();
        for (List<SourceLine> block : blocks) {
            Meeting meeting = parseMeeting(fileName, block, text, defaultMunicipality, problems, ways, pages);
            String id = meeting.id();
            for (int suffix = 2; !ids.add(id); suffix++) {
                id = meeting.id() + "-" + suffix;
            }
            meetings.add(id.equals(meeting.id()) ? meeting : withId(meeting, id));
        }
        return new ParsedMinutes(meetings, String.join("+", ways), problems.problems());
    }

    /** @param pages the file's page count from its page labels: a fact of every meeting the file holds */
    private Meeting parseMeeting(String fileName, List<SourceLine> lines, String text, String defaultMunicipality,
                                 ProblemSink problems, Set<String> ways, Optional<PageFurniture.PageCount> pages) {
        ItemSegmenter.Segmentation seg = segmenter.segment(lines);
        MeetingHeader header = new MeetingHeader();
        headerReader.read(lines, 0, Math.min(seg.firstItemLine(), lines.size()), seg.tocLines(), header);
        pages.ifPresent(p -> header.line(MinutesLexicon.HeaderField.PAGES, "Side", String.valueOf(p.pages()), p.label()));
        List<AgendaItem> items = new ArrayList<>();
        for (ItemSegmenter.Found found : seg.items()) {
            if (found.headingLine() < 0) {
                items.add(new AgendaItem(found.number(), found.title(), found.title(), null, "", "", List.of(), 0,
                        found.closed()));
                ways.add("contents");
                continue;
            }
            ways.add(found.title().isEmpty() ? "markers" : "headings");
            ItemAssembler assembler = new ItemAssembler(found.number(), found.title(), found.closed(),
                    lines.get(found.headingLine()).number(), sectionHeadings, problems);
            for (int i = found.textFrom(); i < found.textTo() && i < lines.size(); i++) {
                SourceLine line = lines.get(i);
                if (!line.text().equals("\f")) {
                    assembler.accept(line);
                }
            }
            items.add(assembler.build());
        }
        String headerSource = headerSource(lines, seg.firstItemLine());
        if (!items.isEmpty() && items.stream().allMatch(AgendaItem::titleOnly)) {
            // Items known only from the contents, and text after the contents that no title heads: the text is kept,
            // searchable, rather than lost with the headings the conversion ran into it.
            textAfterContents(lines, seg.tocLines(), items.get(items.size() - 1).number() + 1).ifPresent(item -> {
                items.add(item);
                problems.warn(0, "text after the table of contents matches no listed title; kept as '"
                        + AgendaItem.UNPLACED_TEXT_TITLE + "'");
            });
        }
        if (items.isEmpty()) {
            problems.warn(0, "no agenda items recognised; the whole text is indexed as one item");
            items.add(wholeText(lines, seg.firstItemLine()));
            ways.add("whole text");
            headerSource = "";
        }
        datesAndBodyFromItems(lines, header);
        absenteesFromItems(items, header);
        attendanceFromSentences(lines, header);
        if (header.date == null) {
            problems.warn(0, "no meeting date found; indexed with an unknown date");
        }
        for (MeetingHeader.DateCandidate other : header.conflicts) {
            if (!other.date().equals(header.date)) {
                problems.warn(other.line(), "date " + other.date() + " contradicts " + header.date
                        + " (line " + header.dateLine + "); keeping " + header.date);
            }
        }
        String municipality = header.municipality.isEmpty() ? defaultMunicipality : header.municipality;
        return new Meeting(meetingId(municipality, header, text), municipality, header.body, header.date,
                header.startTime, header.endTime, header.place, header.participants, items, fileName, header.lines,
                headerSource);
    }

    /** Decision headings name the body and date of the meeting that decided; the last resort for both. */
    private void datesAndBodyFromItems(List<SourceLine> lines, MeetingHeader header) {
        if (header.date != null && !header.body.isEmpty()) {
            return;
        }
        boolean needDate = header.date == null;
        for (int index = 0; index < lines.size(); index++) {
            SourceLine line = lines.get(index);
            String bare = Lines.bare(line.text());
            if (bare.length() > 200) {
                continue;
            }
            boolean decision = DECISION_DATE.matcher(bare).find() && sectionHeadings.match(bare)
                    .filter(h -> h.kind() == SectionKind.BESLUTNING).isPresent();
            if (decision) {
                if (needDate) {
                    DateFinder.first(bare).ifPresent(d -> header.date(d.date(), line.number(), HeaderReader.DECISION));
                }
                Bodies.find(bare).ifPresent(b -> header.body(b, HeaderReader.DECISION));
            }
            Matcher genitive = GENITIVE_DECISION.matcher(bare);
            if (genitive.find()) {
                Bodies.find(genitive.group(1)).ifPresent(b -> header.body(b, HeaderReader.DECISION));
            }
            if (DECIDED_BY.matcher(bare).find()) {
                // "Sagen afgøres i / Byrådet": the deciding body, often the meeting's; a weak source (a committee's
                // item may be decided by the council).
                String where = bare + " " + nextText(lines, index);
                Bodies.find(where).ifPresent(b -> header.body(b, HeaderReader.DECIDED_BY));
            }
            Matcher recommended = RECOMMENDED_TO.matcher(bare);
            if (recommended.find()) {
                // The weakest evidence: only when neither header nor decision names the body.
                Bodies.find(bare.substring(recommended.end(), Math.min(bare.length(), recommended.end() + 80)))
                        .ifPresent(b -> header.body(b, HeaderReader.RECOMMENDATION));
            }
            for (DateMention d : DateFinder.find(bare)) {
                if (needDate && HeaderReader.MEETING_REFERENCE_DATE.matcher(bare.substring(0, d.start())).find()) {
                    header.date(d.date(), line.number(), HeaderReader.MEETING_REFERENCE);
                }
            }
        }
    }

    /** The text of the next non-blank line within three after {@code at}, or "". */
    private static String nextText(List<SourceLine> lines, int at) {
        for (int i = at + 1; i < lines.size() && i <= at + 3; i++) {
            String bare = Lines.bare(lines.get(i).text());
            if (!bare.isEmpty()) {
                return bare;
            }
        }
        return "";
    }

    /**
     * Absence, substitutes and inhabil members written as sentences, in the header or under a decision
     * ({@link AttendanceSentences}); they refine the listed participants or add those the lists do not name.
     */
    private void attendanceFromSentences(List<SourceLine> lines, MeetingHeader header) {
        for (SourceLine line : lines) {
            String text = line.text();
            if (text.length() > 2000 || !ATTENDANCE_WORD.matcher(text).find()) {
                continue;
            }
            List<Participant> read = attendance.read(Lines.bare(text));
            read.forEach(header::addParticipant);
            if (!read.isEmpty()) {
                header.line(null, "", "", Lines.bare(text));
            }
        }
    }

    /** Minutes that list absentees only in the items ("Fraværende: A (V), B (A)" under each decision). */
    private void absenteesFromItems(List<AgendaItem> items, MeetingHeader header) {
        if (header.participants.stream().anyMatch(p -> p.presence() == Participant.Presence.ABSENT)) {
            return;
        }
        for (AgendaItem item : items) {
            for (Section section : item.sections()) {
                for (String line : section.text().split("\n")) {
                    Matcher m = ABSENT_LINE.matcher(line.strip());
                    if (m.matches()) {
                        headerReader.participants(m.group("names"), Participant.Presence.ABSENT, "Fraværende")
                                .forEach(header::addParticipant);
                        header.line(MinutesLexicon.HeaderField.ABSENT, "Fraværende", m.group("names"), line.strip());
                        return;
                    }
                }
            }
        }
    }

    /**
     * A run-together page that goes on with the contents on the page before: it starts (after its page number, if the
     * page furniture left one) with an item number higher than the last entry's. The items come after the contents,
     * starting at its first number, so a higher one is a further entry, never an item; a page with section headings is
     * an item's text whatever its first number (a page number the furniture left). The entries are added, and the
     * last entry before is cut into as many titles as the numbers between leave room for ("9 A B C" then "15 …" on the
     * next page: items 9 to 14).
     */
    private boolean continuesContents(List<SourceLine> out, String text, boolean endsFile, int lineNumber) {
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
        List<String> entries = ContentsLineSplitter.split(text.substring(start.start("number")), endsFile);
        if (entries.isEmpty() || ContentsLineSplitter.leadingNumber(entries.get(0)) != first) {
            return false;
        }
        SourceLine before = out.remove(last);
        out.addAll(last, ContentsLineSplitter.filledUpTo(before.text(), first).stream()
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
    private List<SourceLine> splitRunTogether(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>(lines.size());
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
                List<String> entries = ContentsLineSplitter.split(text, index == lastWithText);
                if (!entries.isEmpty()) {
                    entries.forEach(e -> out.add(new SourceLine(line.number(), e, 0)));
                    continue;
                }
            }
            if (text.length() > RUN_TOGETHER && ((atStart = toc.find()) || contents.find())) {
                Matcher heading = atStart ? toc : contents;
                List<String> entries = ContentsLineSplitter.split(text.substring(heading.end()), index == lastWithText);
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
            if (text.length() > RUN_TOGETHER && continuesContents(out, text, index == lastWithText, line.number())) {
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
                                ? ContentsLineSplitter.splitTitleRun(piece) : List.of(piece);
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
     * when it lies between the page before and the piece's own page: page numbers only grow.
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
                out.add(piece.substring(from, m.end(1)).strip());
                from = m.end();
                last = page;
            }
        }
        out.add(piece.substring(from).strip());
        return out;
    }

    /**
     * A file with several meetings: each meeting's title line (REFERAT … with a date, followed by header labels)
     * starts a block; title lines with the same date belong to one meeting.
     */
    private List<List<SourceLine>> splitMeetings(List<SourceLine> lines) {
        List<Integer> starts = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String bare = Lines.bare(lines.get(i).text());
            if (!MEETING_TITLE.matcher(bare).matches() || bare.endsWith(".")) {
                continue;
            }
            Optional<DateMention> date = DateFinder.first(bare);
            if (date.isEmpty() || !labelFollows(lines, i)) {
                continue;
            }
            if (dates.isEmpty() || !dates.get(dates.size() - 1).equals(date.get().date())) {
                starts.add(i);
                dates.add(date.get().date());
            }
        }
        if (starts.size() < 2) {
            return List.of(lines);
        }
        List<List<SourceLine>> blocks = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            int from = s == 0 ? 0 : starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
            blocks.add(lines.subList(from, to));
        }
        return blocks;
    }

    private boolean labelFollows(List<SourceLine> lines, int title) {
        int seen = 0;
        for (int i = title + 1; i < lines.size() && seen < 3; i++) {
            String bare = Lines.bare(lines.get(i).text());
            if (bare.isEmpty()) {
                continue;
            }
            seen++;
            for (String piece : headerReader.splitFields(bare)) {
                if (headerReader.label(piece).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The lines before the first item as written, non-blank, at most {@link #MAX_HEADER_SOURCE} characters. */
    private static String headerSource(List<SourceLine> lines, int firstItemLine) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(firstItemLine, lines.size()) && text.length() < MAX_HEADER_SOURCE; i++) {
            String bare = Lines.bare(lines.get(i).text());
            if (!bare.isEmpty() && !bare.equals("\f") && !Lines.isRule(bare)) {
                text.append(bare).append('\n');
            }
        }
        String source = text.toString().strip();
        return source.length() <= MAX_HEADER_SOURCE ? source : source.substring(0, MAX_HEADER_SOURCE);
    }

    /** The lines after the last contents line, as one item, when they hold more than a few words. */
    private static Optional<AgendaItem> textAfterContents(List<SourceLine> lines, boolean[] toc, int number) {
        int last = -1;
        for (int i = 0; i < toc.length; i++) {
            if (toc[i]) {
                last = i;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = last + 1; i < lines.size(); i++) {
            if (!lines.get(i).text().equals("\f")) {
                text.append(lines.get(i).text()).append('\n');
            }
        }
        String body = text.toString().strip().replaceAll("\n{3,}", "\n\n");
        if (last < 0 || body.length() < MIN_UNPLACED_TEXT) {
            return Optional.empty();
        }
        Section section = new Section(SectionKind.OTHER, AgendaItem.UNPLACED_TEXT_TITLE, body, List.of(), 1);
        // no heading line: it is headed by nothing in the file
        return Optional.of(new AgendaItem(number, AgendaItem.UNPLACED_TEXT_TITLE, AgendaItem.UNPLACED_TEXT_TITLE, null,
                "", "", List.of(section), 0, false));
    }

    private static AgendaItem wholeText(List<SourceLine> lines, int from) {
        StringBuilder text = new StringBuilder();
        for (SourceLine line : lines) {
            if (!line.text().equals("\f")) {
                text.append(line.text()).append('\n');
            }
        }
        String body = text.toString().strip().replaceAll("\n{3,}", "\n\n");
        Section section = new Section(SectionKind.OTHER, WHOLE_TEXT_TITLE, body, List.of(), 1);
        return new AgendaItem(1, WHOLE_TEXT_TITLE, WHOLE_TEXT_TITLE, null, "", "", List.of(section), 1, false);
    }

    private static Meeting withId(Meeting m, String id) {
        return new Meeting(id, m.municipality(), m.body(), m.date(), m.startTime(), m.endTime(), m.place(),
                m.participants(), m.items(), m.sourceFile(), m.headerLines(), m.headerSource());
    }

    /** municipality + body + ISO date; without a date, a content hash keeps the id stable across runs. */
    private static String meetingId(String municipality, MeetingHeader header, String text) {
        StringBuilder id = new StringBuilder();
        if (!municipality.isEmpty()) {
            id.append(Slugs.slug(municipality)).append('-');
        }
        id.append(header.body.isEmpty() ? "referat" : Slugs.slug(header.body));
        id.append('-').append(header.date != null ? header.date.toString() : shortHash(text));
        return id.toString();
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
