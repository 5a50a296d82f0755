package dk.referatarkiv.eval;

import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Meeting;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores parsed meetings against a structure gold: a TSV {@code file, meeting_date, body, item_count,
 * first_item_title, last_item_title}, one row per meeting (a file may hold several). Stateless and thread-safe.
 *
 * <p>Fields: the date must be equal; the body {@linkplain StructureMatch#body matches loosely}; the item count must be
 * equal; the first and last item titles are scored {@linkplain StructureMatch#titleStrict strictly} and
 * {@linkplain StructureMatch#titleLenient leniently}, against the parser's title with or without the body prefix it
 * strips ({@link AgendaItem#title()} or {@link AgendaItem#rawTitle()}); the last title is the last item's that has
 * one (a contents entry whose title the page withholds is counted, but shows no title). An empty gold title means
 * the page shows no title there: that field is not scored, for that row only.
 *
 * <p>Pairing: rows and meetings are paired per file ({@link Meeting#sourceFile()} against the {@code file} column).
 * Within a file a row takes the meeting of its date first; the rows left take the meetings left in the order of the
 * file (meetings ordered by the line of their first item). A row without a meeting is wrong on every scored field.
 * Meetings of files the gold does not name are ignored.
 */
public final class StructureEvaluator {

    /** The scored fields, in the order of the gold columns. */
    public enum Field {
        DATE("date"), BODY("body"), COUNT("count"), FIRST_TITLE("first_title"), LAST_TITLE("last_title");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isTitle() {
            return this == FIRST_TITLE || this == LAST_TITLE;
        }
    }

    /** A field's outcome. {@code LENIENT} is a title right only by the lenient rule. */
    public enum Outcome {
        RIGHT, LENIENT, WRONG, NOT_SCORED;

        public boolean scored() {
            return this != NOT_SCORED;
        }
    }

    /** One gold row; titles are empty when the page shows none. */
    public record Gold(String file, int line, LocalDate date, String body, int itemCount, String firstTitle,
                       String lastTitle) {
    }

    /** A field's outcome with the gold and the parsed value as text. */
    public record Verdict(Outcome outcome, String expected, String got) {
    }

    /** A gold row, its meeting (null when none was paired with it) and a verdict per field. */
    public record RowResult(Gold gold, Meeting meeting, Map<Field, Verdict> verdicts) {
        public RowResult {
            verdicts = Map.copyOf(verdicts);
        }

        public Verdict verdict(Field field) {
            return verdicts.get(field);
        }

        /** Every scored field right, titles by the lenient rule. */
        public boolean allRight() {
            return verdicts.values().stream().map(Verdict::outcome).noneMatch(o -> o == Outcome.WRONG);
        }
    }

    /** {@code right} of {@code scored}; the share is 0 when nothing was scored. */
    public record Accuracy(int right, int scored) {
        public double share() {
            return scored == 0 ? 0 : (double) right / scored;
        }
    }

    /**
     * @param rows          one result per gold row, in gold order
     * @param extraMeetings meetings of gold files that no gold row took
     */
    public record Report(List<RowResult> rows, int extraMeetings) {
        public Report {
            rows = List.copyOf(rows);
        }

        /** The accuracy of a field over the rows that score it; {@code lenient} only matters for titles. */
        public Accuracy accuracy(Field field, boolean lenient) {
            int scored = 0;
            int right = 0;
            for (RowResult r : rows) {
                Outcome o = r.verdict(field).outcome();
                scored += o.scored() ? 1 : 0;
                right += o == Outcome.RIGHT || (lenient && o == Outcome.LENIENT) ? 1 : 0;
            }
            return new Accuracy(right, scored);
        }

        /** The rows with every scored field right, over all rows. */
        public Accuracy allRight() {
            return new Accuracy((int) rows.stream().filter(RowResult::allRight).count(), rows.size());
        }

        public int missingMeetings() {
            return (int) rows.stream().filter(r -> r.meeting() == null).count();
        }
    }

    private StructureEvaluator() {
    }

    /** The lenient title rule in words, from the thresholds the evaluation uses. */
    public static String lenientRule() {
        return String.format(java.util.Locale.ROOT, "prefix >= %.0f %% or token Jaccard >= %.1f",
                StructureMatch.PREFIX_SHARE * 100, StructureMatch.TOKEN_JACCARD);
    }

    public static List<Gold> read(Path tsv) throws IOException {
        List<Gold> gold = new ArrayList<>();
        for (GoldTsv.Row row : GoldTsv.read(tsv, "file", 4,
                "file<TAB>meeting_date<TAB>body<TAB>item_count<TAB>first_item_title<TAB>last_item_title")) {
            try {
                gold.add(new Gold(row.column(0), row.line(), LocalDate.parse(row.column(1)), row.column(2),
                        Integer.parseInt(row.column(3)), row.column(4), row.column(5)));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new IOException(tsv + ":" + row.line() + ": meeting_date must be YYYY-MM-DD and item_count a "
                        + "whole number, not '" + row.column(1) + "' and '" + row.column(3) + "'", e);
            }
        }
        return gold;
    }

    public static Report evaluate(List<Gold> gold, Collection<Meeting> meetings) {
        Map<String, List<Gold>> rowsByFile = new LinkedHashMap<>();
        gold.forEach(g -> rowsByFile.computeIfAbsent(g.file(), f -> new ArrayList<>()).add(g));
        Map<String, List<Meeting>> meetingsByFile = new LinkedHashMap<>();
        meetings.forEach(m -> meetingsByFile.computeIfAbsent(m.sourceFile(), f -> new ArrayList<>()).add(m));

        Map<Gold, Meeting> paired = new LinkedHashMap<>();
        int extra = 0;
        for (Map.Entry<String, List<Gold>> e : rowsByFile.entrySet()) {
            List<Meeting> left = inFileOrder(meetingsByFile.getOrDefault(e.getKey(), List.of()));
            extra += pair(e.getValue(), left, paired);
        }
        List<RowResult> results = gold.stream().map(g -> score(g, paired.get(g))).toList();
        return new Report(results, extra);
    }

    /** Pairs the rows of one file with its meetings; returns how many meetings were left over. */
    private static int pair(List<Gold> rows, List<Meeting> left, Map<Gold, Meeting> paired) {
        for (Gold g : rows) {
            left.stream().filter(m -> g.date().equals(m.date())).findFirst().ifPresent(m -> {
                paired.put(g, m);
                left.remove(m);
            });
        }
        for (Gold g : rows) {
            if (!paired.containsKey(g) && !left.isEmpty()) {
                paired.put(g, left.remove(0));
            }
        }
        return left.size();
    }

    /** The meetings of one file in the order they appear in it; the order they came in breaks ties. */
    private static List<Meeting> inFileOrder(List<Meeting> meetings) {
        List<Meeting> sorted = new ArrayList<>(meetings);
        sorted.sort(Comparator.comparingInt(m -> m.items().isEmpty() ? Integer.MAX_VALUE : m.items().get(0).line()));
        return sorted;
    }

    static RowResult score(Gold g, Meeting m) {
        Map<Field, Verdict> v = new EnumMap<>(Field.class);
        if (m == null) {
            for (Field f : Field.values()) {
                String expected = expected(g, f);
                boolean unscored = f.isTitle() && expected.isEmpty();
                v.put(f, new Verdict(unscored ? Outcome.NOT_SCORED : Outcome.WRONG, expected, "no meeting"));
            }
            return new RowResult(g, null, v);
        }
        v.put(Field.DATE, exact(g.date().toString(), Objects.toString(m.date(), "none")));
        v.put(Field.BODY, new Verdict(StructureMatch.body(g.body(), m.body()) ? Outcome.RIGHT : Outcome.WRONG,
                g.body(), m.body()));
        List<AgendaItem> items = m.items().stream().filter(AgendaItem::isAgendaItem).toList();
        v.put(Field.COUNT, exact(Integer.toString(g.itemCount()), Integer.toString(items.size())));
        v.put(Field.FIRST_TITLE, title(g.firstTitle(), items.isEmpty() ? null : items.get(0)));
        // a contents entry whose title the page withholds counts, but shows no title; an item with text and no
        // title is a parser's miss and is scored
        List<AgendaItem> titled = items.stream().filter(i -> !(i.titleOnly() && i.title().isBlank())).toList();
        v.put(Field.LAST_TITLE, title(g.lastTitle(), titled.isEmpty() ? null : titled.get(titled.size() - 1)));
        return new RowResult(g, m, v);
    }

    private static String expected(Gold g, Field f) {
        return switch (f) {
            case DATE -> g.date().toString();
            case BODY -> g.body();
            case COUNT -> Integer.toString(g.itemCount());
            case FIRST_TITLE -> g.firstTitle();
            case LAST_TITLE -> g.lastTitle();
        };
    }

    private static Verdict exact(String expected, String got) {
        return new Verdict(expected.equals(got) ? Outcome.RIGHT : Outcome.WRONG, expected, got);
    }

    private static Verdict title(String expected, AgendaItem item) {
        String got = item == null ? "no items" : item.title();
        if (expected.isEmpty()) {
            return new Verdict(Outcome.NOT_SCORED, expected, got);
        }
        if (item == null) {
            return new Verdict(Outcome.WRONG, expected, got);
        }
        if (StructureMatch.titleStrict(expected, item.title()) || StructureMatch.titleStrict(expected, item.rawTitle())) {
            return new Verdict(Outcome.RIGHT, expected, got);
        }
        boolean lenient = StructureMatch.titleLenient(expected, item.title())
                || StructureMatch.titleLenient(expected, item.rawTitle());
        return new Verdict(lenient ? Outcome.LENIENT : Outcome.WRONG, expected, got);
    }
}
