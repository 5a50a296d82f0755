package dk.referatarkiv.ingest;

import dk.referatarkiv.internal.TextNormal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the lines of one agenda item and builds the {@link AgendaItem}: journal number, time allotment, sections
 * in source order, attachments and the recommender. Not thread-safe; one per item.
 */
final class ItemAssembler {

    private static final Pattern TITLE_PREFIX = Pattern.compile("^[A-ZÆØÅ]{1,6}\\s+-\\s+");
    private static final Pattern TIME_ALLOTMENT = Pattern.compile("^\\(\\s*\\d+(?:[.,]\\d+)?\\s*min\\.?\\s*\\)$");
    private static final Pattern RECOMMENDER = Pattern.compile(
            "^(?<who>\\p{L}[^!?:]{1,100}?)\\s+indstiller\\b", Pattern.UNICODE_CASE);

    private final int number;
    private final String rawTitle;
    private final int line;
    private final SectionHeadings headings;
    private final boolean closed;
    private final ProblemSink problems;
    /**
     * Whether the lines are one matter's: only then does a journal number line, a time allotment or an "X indstiller"
     * belong to the item. A whole text whose items could not be told apart may hold several matters.
     */
    private final boolean oneMatter;
    private final List<SectionBuilder> sections = new ArrayList<>();
    /** The case lines printed above the title, when there are any ({@link #acceptCaseLine}). */
    private SectionBuilder caseLines;
    private JournalNumber journalNumber;
    private String timeAllotment = "";
    /** Heading level of the last standard section heading; deeper marked headings are sub-headings. */
    private int standardHeadingLevel = Integer.MAX_VALUE;

    ItemAssembler(int number, String rawTitle, boolean closed, int line, SectionHeadings headings, ProblemSink problems) {
        this(number, rawTitle, closed, line, headings, problems, true);
    }

    private ItemAssembler(int number, String rawTitle, boolean closed, int line, SectionHeadings headings,
                          ProblemSink problems, boolean oneMatter) {
        this.oneMatter = oneMatter;
        this.number = number;
        this.rawTitle = rawTitle;
        this.closed = closed;
        this.line = line;
        this.headings = headings;
        this.problems = problems;
    }

    /**
     * The assembler of a whole text read as one item for want of recognisable items: split at its section headings,
     * every line kept as text (none taken as the item's journal number or time allotment), and no recommender.
     */
    static ItemAssembler wholeText(String title, SectionHeadings headings, ProblemSink problems) {
        return new ItemAssembler(1, title, false, 1, headings, problems, false);
    }

    void accept(SourceLine line) {
        if (line.isBlank()) {
            current().ifPresent(s -> s.lines.add(""));
            return;
        }
        String bare = Lines.bare(line.text());
        if (nothingUnderTitle() && TextNormal.normal(bare).equals(TextNormal.normal(rawTitle))) {
            return; // the title printed again under the heading
        }
        if (oneMatter && journalNumber == null && !hasText() && takeJournalNumber(bare)) {
            return;
        }
        if (oneMatter && timeAllotment.isEmpty() && TIME_ALLOTMENT.matcher(line.text()).matches()) {
            timeAllotment = line.text();
            return;
        }
        // Where the file marks its section headings (markdown), an unmarked line is text, even "Baggrund".
        boolean markedDocument = standardHeadingLevel != Integer.MAX_VALUE;
        Optional<SectionHeadings.Heading> heading = markedDocument && !line.isMarkedHeading() ? Optional.empty()
                : headings.match(bare).or(() -> headings.matchGlued(bare));
        if (heading.isPresent()) {
            SectionBuilder section = new SectionBuilder(heading.get().kind(), heading.get().heading(), line.number());
            if (!heading.get().rest().isEmpty()) {
                section.lines.add(heading.get().rest());
            }
            sections.add(section);
            if (line.isMarkedHeading()) {
                standardHeadingLevel = line.headingLevel();
            }
            return;
        }
        if (line.isMarkedHeading() && line.headingLevel() <= standardHeadingLevel) {
            // A marked heading at section level that is not a standard name: keep it as its own section.
            sections.add(new SectionBuilder(SectionKind.OTHER, line.text(), line.number()));
            return;
        }
        if (nothingUnderTitle()) {
            sections.add(new SectionBuilder(SectionKind.OTHER, "", line.number())); // text under the title
        }
        current().orElseThrow().lines.add(line.text());
    }

    /**
     * A case line printed above the item's title ({@link CaseLines}): its journal number is the item's, and the line is
     * kept as the item's first text, which does not count as text for what may only come first under the title (the
     * journal number, the title printed again).
     */
    void acceptCaseLine(SourceLine line) {
        if (oneMatter && journalNumber == null && takeJournalNumber(Lines.bare(line.text()))) {
            return;
        }
        if (caseLines == null) {
            caseLines = new SectionBuilder(SectionKind.OTHER, "", line.number());
            sections.add(caseLines);
        }
        caseLines.lines.add(line.text());
    }

    /**
     * Takes the item's journal number from a case line ("Sagsnr.: 27.69.48-A00-1-25", or a number alone); true when
     * the line is nothing but that number (it is then no text), false when it says more ("… Sagsbehandler: Mette
     * Lund") or holds no number.
     */
    private boolean takeJournalNumber(String bare) {
        Optional<CaseLines.Journal> found = CaseLines.journalNumber(bare);
        found.ifPresent(j -> journalNumber = j.number());
        return found.isPresent() && found.get().wholeLine();
    }

    AgendaItem build() {
        List<Section> built = new ArrayList<>();
        for (SectionBuilder s : sections) {
            Section section = s.build();
            if (section.kind() == SectionKind.OTHER && section.heading().isEmpty() && section.text().isEmpty()) {
                continue;
            }
            built.add(section);
        }
        String title = TITLE_PREFIX.matcher(rawTitle).replaceFirst("");
        if (title.isEmpty()) {
            problems.warn(line, "item " + number + " has no title in the text");
        }
        return new AgendaItem(number, rawTitle, title, journalNumber, oneMatter ? recommender(built) : "", timeAllotment,
                built, line, closed);
    }

    int number() {
        return number;
    }

    /** No section under the title yet: none, or only the case lines above it. */
    private boolean nothingUnderTitle() {
        return sections.stream().allMatch(s -> s == caseLines);
    }

    /** Text under the title: the case lines above it do not count. */
    private boolean hasText() {
        return sections.stream().anyMatch(s -> s != caseLines && s.lines.stream().anyMatch(l -> !l.isEmpty()));
    }

    private Optional<SectionBuilder> current() {
        return sections.isEmpty() ? Optional.empty() : Optional.of(sections.get(sections.size() - 1));
    }

    /** Who recommends: the subject of "X indstiller", looked for in Indstilling first, then anywhere. */
    private static String recommender(List<Section> sections) {
        List<Section> ordered = new ArrayList<>();
        sections.stream().filter(s -> s.kind() == SectionKind.INDSTILLING).forEach(ordered::add);
        sections.stream().filter(s -> s.kind() != SectionKind.INDSTILLING).forEach(ordered::add);
        for (Section section : ordered) {
            for (String textLine : section.text().split("\n")) {
                Matcher m = RECOMMENDER.matcher(textLine.strip());
                if (m.find()) {
                    return m.group("who").strip();
                }
            }
        }
        return "";
    }

    private static final class SectionBuilder {
        final SectionKind kind;
        final String heading;
        final int line;
        final List<String> lines = new ArrayList<>();

        SectionBuilder(SectionKind kind, String heading, int line) {
            this.kind = kind;
            this.heading = heading;
            this.line = line;
        }

        Section build() {
            StringBuilder text = new StringBuilder();
            boolean pendingBreak = false;
            List<String> nonBlank = new ArrayList<>();
            for (String l : lines) {
                if (l.isEmpty()) {
                    pendingBreak = text.length() > 0;
                    continue;
                }
                if (text.length() > 0) {
                    text.append(pendingBreak ? "\n\n" : "\n");
                }
                text.append(l);
                nonBlank.add(l);
                pendingBreak = false;
            }
            List<String> attachments = kind == SectionKind.BILAG ? nonBlank : List.of();
            return new Section(kind, heading, text.toString(), attachments, line);
        }
    }
}
