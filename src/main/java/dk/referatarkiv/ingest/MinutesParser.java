package dk.referatarkiv.ingest;

import dk.referatarkiv.internal.DanishDates;
import dk.referatarkiv.internal.Slugs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the text of one minutes file into a {@link Meeting}. The layout is detected from the first lines; the
 * header is read with the layout's header recognisers until the first item starts (so a table of contents is never
 * an item), and each item with its item-start and section recognisers. A file in no known layout, or with no items,
 * becomes one item holding the whole text, with a warning. Thread-safe: holds only immutable recognisers.
 */
public final class MinutesParser {

    /** Title of the single item made from a file whose items could not be recognised. */
    static final String WHOLE_TEXT_TITLE = "Hele referatet";

    private final List<Layout> layouts;
    private final MarkupStripper stripper = new MarkupStripper();

    public MinutesParser() {
        this(Layouts.ALL);
    }

    public MinutesParser(List<Layout> layouts) {
        this.layouts = List.copyOf(layouts);
    }

    public ParsedMinutes parse(String fileName, String text) {
        List<SourceLine> lines = stripper.strip(text);
        ProblemSink problems = new ProblemSink(fileName);
        Optional<Layout> layout = layouts.stream().filter(l -> l.detector().test(lines)).findFirst();
        MeetingHeader header = new MeetingHeader();
        List<AgendaItem> items = new ArrayList<>();
        if (layout.isPresent()) {
            int firstItem = readHeader(lines, layout.get(), header, problems);
            items.addAll(readItems(lines, firstItem, layout.get(), problems));
            if (items.isEmpty()) {
                problems.warn(0, "no agenda items found in layout '" + layout.get().name()
                        + "'; the whole text is indexed as one item");
            }
        } else {
            problems.warn(0, "layout not recognised; the whole text is indexed as one item");
        }
        if (items.isEmpty()) {
            items.add(wholeText(lines));
        }
        if (header.date == null) {
            DanishDates.findDate(firstLines(lines, 20)).ifPresent(d -> header.date(d, 0));
            problems.warn(0, header.date == null ? "no meeting date found" : "meeting date taken from the first date in the text");
        }
        Meeting meeting = new Meeting(meetingId(header, text), header.body, header.date, header.startTime, header.place,
                header.participants, items, fileName);
        return new ParsedMinutes(meeting, layout.map(Layout::name).orElse("unknown"), problems.problems());
    }

    /** Reads header fields up to the first item; returns the index of the first item line (or the line count). */
    private static int readHeader(List<SourceLine> lines, Layout layout, MeetingHeader header, ProblemSink problems) {
        int i = 0;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            if (layout.itemStart().match(line, 1).isPresent()) {
                return i;
            }
            int used = 0;
            if (!line.isBlank()) {
                for (HeaderFieldRecognizer field : layout.headerFields()) {
                    used = field.read(lines, i, header, problems);
                    if (used > 0) {
                        break;
                    }
                }
            }
            i += Math.max(used, 1);
        }
        return i;
    }

    private static List<AgendaItem> readItems(List<SourceLine> lines, int from, Layout layout, ProblemSink problems) {
        List<AgendaItem> items = new ArrayList<>();
        ItemAssembler current = null;
        for (int i = from; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            int expected = current == null ? 1 : current.number() + 1;
            Optional<ItemStartRecognizer.ItemStart> start = line.isBlank() ? Optional.empty()
                    : layout.itemStart().match(line, expected);
            if (start.isPresent()) {
                if (current != null) {
                    items.add(current.build());
                }
                if (start.get().number() != expected) {
                    problems.warn(line.number(), "item number " + start.get().number() + " where " + expected + " was expected");
                }
                current = new ItemAssembler(start.get(), line.number(), layout.sectionHeading(), problems);
            } else if (current != null) {
                current.accept(line);
            }
        }
        if (current != null) {
            items.add(current.build());
        }
        warnAboutDuplicateNumbers(items, problems);
        return items;
    }

    private static void warnAboutDuplicateNumbers(List<AgendaItem> items, ProblemSink problems) {
        Set<Integer> seen = new HashSet<>();
        for (AgendaItem item : items) {
            if (!seen.add(item.number())) {
                problems.warn(item.line(), "item number " + item.number() + " occurs more than once");
            }
        }
    }

    private static AgendaItem wholeText(List<SourceLine> lines) {
        StringBuilder text = new StringBuilder();
        for (SourceLine line : lines) {
            text.append(line.text()).append('\n');
        }
        String body = text.toString().strip().replaceAll("\n{3,}", "\n\n");
        Section section = new Section(SectionKind.OTHER, WHOLE_TEXT_TITLE, body, List.of(), 1);
        return new AgendaItem(1, WHOLE_TEXT_TITLE, WHOLE_TEXT_TITLE, null, "", "", List.of(section), 1);
    }

    private static String firstLines(List<SourceLine> lines, int count) {
        StringBuilder text = new StringBuilder();
        lines.stream().limit(count).forEach(l -> text.append(l.text()).append('\n'));
        return text.toString();
    }

    /** body + ISO date; without a date, a content hash keeps the id stable across runs. */
    private static String meetingId(MeetingHeader header, String text) {
        String body = header.body.isEmpty() ? "referat" : Slugs.slug(header.body);
        if (header.date != null) {
            return body + "-" + header.date;
        }
        return body + "-" + shortHash(text);
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
