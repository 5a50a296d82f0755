package dk.referatarkiv.ingest;

import dk.referatarkiv.internal.Sha256;
import dk.referatarkiv.internal.Slugs;

import java.nio.charset.StandardCharsets;
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
 * furniture removed, lines that a PDF export ran together are split at labels and item markers
 * ({@link RunTogetherLines}), the file is split where a second meeting's title begins, and each meeting is segmented
 * into header and items by {@link ItemSegmenter} and {@link HeaderReader}. A meeting in which no item can be found
 * becomes one item holding the whole text, split at its section headings, with a warning. Thread-safe: holds only
 * immutable parts.
 */
public final class MinutesParser {

    /** Title of the single item made from a text whose items could not be recognised. */
    static final String WHOLE_TEXT_TITLE = "Hele referatet";
    /** How much text after the contents that no listed title heads it takes to keep it as an item of its own. */
    private static final int MIN_UNPLACED_TEXT = 200;
    /** The header as written is kept up to this length (a header is a few lines; a runaway one is not a header). */
    private static final int MAX_HEADER_SOURCE = 8_000;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** The title line of a meeting's minutes: "REFERAT Økonomiudvalget 2022-2025 d. 14-03-2024". */
    private static final Pattern MEETING_TITLE = Pattern.compile(
            "^(?:REFERAT|DAGSORDEN|BESLUTNINGSPROTOKOL|Referat|Dagsorden|Beslutningsprotokol)\\b.{0,120}$");
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
    private final RunTogetherLines runTogether;

    public MinutesParser() {
        this(MinutesLexicon.DEFAULT);
    }

    public MinutesParser(MinutesLexicon lexicon) {
        this.headerReader = new HeaderReader(lexicon);
        this.attendance = new AttendanceSentences(lexicon);
        this.sectionHeadings = new SectionHeadings(lexicon);
        this.segmenter = new ItemSegmenter(sectionHeadings, headerReader);
        this.runTogether = new RunTogetherLines(lexicon, headerReader);
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
        List<SourceLine> lines = runTogether.split(PageFurniture.remove(stripped));
        List<List<SourceLine>> blocks = splitMeetings(lines);
        List<ItemSegmenter.Segmentation> segmentations = segmentations(blocks);
        List<Meeting> meetings = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> ways = new LinkedHashSet<>();
        for (int b = 0; b < blocks.size(); b++) {
            Meeting meeting = parseMeeting(fileName, blocks.get(b), segmentations.get(b), text, defaultMunicipality,
                    problems, ways, pages);
            String id = meeting.id();
            for (int suffix = 2; !ids.add(id); suffix++) {
                id = meeting.id() + "-" + suffix;
            }
            meetings.add(id.equals(meeting.id()) ? meeting : withId(meeting, id));
        }
        return new ParsedMinutes(meetings, String.join("+", ways), problems.problems());
    }

    /**
     * The items of each meeting of a file. A file is one publisher's: where one meeting numbers a document part as an
     * item ("Sag 2: Underskriftsblad"), another meeting's contents that list it unnumbered list an item too, so the
     * meetings are segmented again knowing it (seldom: only files that number such a part).
     */
    private List<ItemSegmenter.Segmentation> segmentations(List<List<SourceLine>> blocks) {
        List<ItemSegmenter.Segmentation> out = new ArrayList<>();
        Set<String> numberedParts = new HashSet<>();
        for (List<SourceLine> block : blocks) {
            ItemSegmenter.Segmentation seg = segmenter.segment(block);
            out.add(seg);
            numberedParts.addAll(ItemSegmenter.numberedDocumentParts(seg));
        }
        if (numberedParts.isEmpty() || blocks.size() < 2) {
            return out; // one meeting's contents and headings were read together already
        }
        return blocks.stream().map(block -> segmenter.segment(block, numberedParts)).toList();
    }

    /** @param pages the file's page count from its page labels: a fact of every meeting the file holds */
    private Meeting parseMeeting(String fileName, List<SourceLine> lines, ItemSegmenter.Segmentation seg, String text,
                                 String defaultMunicipality, ProblemSink problems, Set<String> ways,
                                 Optional<PageFurniture.PageCount> pages) {
        int headerEnd = Math.min(seg.firstItemLine(), lines.size());
        MeetingHeader header = new MeetingHeader();
        headerReader.read(lines, 0, headerEnd, seg.tocLines(), header);
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
            for (int i = found.leadFrom(); i < found.headingLine(); i++) { // the case lines above its title
                if (!lines.get(i).isBlank() && !lines.get(i).text().equals("\f")) {
                    assembler.acceptCaseLine(lines.get(i));
                }
            }
            for (int i = found.textFrom(); i < found.textTo() && i < lines.size(); i++) {
                SourceLine line = lines.get(i);
                if (!line.text().equals("\f")) {
                    assembler.accept(line);
                }
            }
            items.add(assembler.build());
        }
        String headerSource = headerSource(lines, headerEnd, seg.tocLines());
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
            items.add(wholeText(lines, problems));
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

    /**
     * The lines before the first item as written, non-blank, at most {@link #MAX_HEADER_SOURCE} characters, without
     * the table of contents: its lines repeat the items' titles (which the items hold) with their numbers and page
     * numbers, and as header text they would be read as facts of the meeting ("4. Tilskud til spejderhytten … 9").
     */
    private static String headerSource(List<SourceLine> lines, int firstItemLine, boolean[] toc) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(firstItemLine, lines.size()) && text.length() < MAX_HEADER_SOURCE; i++) {
            if (toc[i]) {
                continue;
            }
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

    /**
     * The whole text as one item, when no item was recognised: still split at the section headings it has
     * ("Indstilling", "Beslutning i Byrådet den …"), so that a recommendation and the decision that departs from it
     * stay apart; the text before the first heading (the header, as written) is its first section, without a heading
     * of its own, as the text before the first heading of any item is. Nothing is taken out of the text as the item's
     * journal number, time allotment or recommender: the whole text may hold several matters.
     */
    private AgendaItem wholeText(List<SourceLine> lines, ProblemSink problems) {
        ItemAssembler assembler = ItemAssembler.wholeText(WHOLE_TEXT_TITLE, sectionHeadings, problems);
        for (SourceLine line : lines) {
            if (!line.text().equals("\f")) {
                assembler.accept(line);
            }
        }
        return assembler.build();
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
        byte[] digest = Sha256.newDigest().digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 4);
    }
}
