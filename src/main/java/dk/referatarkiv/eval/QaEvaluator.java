package dk.referatarkiv.eval;

import dk.referatarkiv.qa.Answer;
import dk.referatarkiv.qa.AnswerType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Scores answers against a question set in one of two formats, told apart by the header row:
 * <ul>
 *   <li><b>development</b> ({@code id, question, type, expected_answer, expected_items, notes}): the answer is right
 *   when an expected alternative ({@code |}-separated) appears in it after {@link #normalise}; the citation is right
 *   when an expected item ({@code date#item}) is among the first three evidence entries. DECISIONS needs recall ≥ 0.75
 *   and precision ≥ 0.5 over the first ten evidence items;</li>
 *   <li><b>real-world</b> ({@code id, file, question, expected_answer, answer_type, evidence}), scored as the judges
 *   do: the answer is right when its normalised text contains the normalised expected answer; it is cited when one
 *   of the first three evidence texts holds at least half of the words of the gold evidence quote.</li>
 * </ul>
 * In both, a NONE question is right (and cited) only when the answer is null.
 */
public final class QaEvaluator {

    /** The two layouts of a question file. */
    public enum Format { DEVELOPMENT, REAL_WORLD }

    /**
     * A question of the set.
     *
     * @param answers  the expected answers (alternatives), empty for NONE
     * @param items    development format: the items ({@code date#item}) a citation may name; else empty
     * @param evidence real-world format: the gold evidence quote; else empty
     * @param file     real-world format: the file the question is about; else empty
     */
    public record Case(String id, String question, String type, List<String> answers, Set<String> items,
                       String evidence, String file) {
    }

    /** The outcome of one question. */
    public record Outcome(Case c, Answer answer, boolean answerRight, boolean citationRight) {
        public String verdict() {
            return answerRight && citationRight ? "OK" : answerRight ? "right answer, wrong citation" : "wrong answer";
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String DEVELOPMENT_LAYOUT = "id, question, type, expected_answer, expected_items";
    private static final String REAL_WORLD_LAYOUT = "id, file, question, expected_answer, answer_type, evidence";

    /** The format of a question file, from its header row (a file without one is read as the development format). */
    public static Format format(Path tsv) throws IOException {
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            return columns.length >= 6 && columns[0].strip().equals("id") && columns[1].strip().equals("file")
                    && columns[4].strip().equals("answer_type") ? Format.REAL_WORLD : Format.DEVELOPMENT;
        }
        return Format.DEVELOPMENT;
    }

    /** The questions of a file in either format. */
    public static List<Case> read(Path tsv) throws IOException {
        return format(tsv) == Format.REAL_WORLD ? readRealWorld(tsv) : readDevelopment(tsv);
    }

    private static List<Case> readDevelopment(Path tsv) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (GoldTsv.Row row : GoldTsv.read(tsv, "id", 3, DEVELOPMENT_LAYOUT)) {
            String[] c = row.columns();
            List<String> answers = row.column(3).isEmpty() ? List.of()
                    : Arrays.stream(row.column(3).split("\\|")).map(String::strip).toList();
            Set<String> items = row.column(4).isEmpty() ? Set.of()
                    : Arrays.stream(row.column(4).split(";")).map(String::strip).collect(Collectors.toSet());
            cases.add(new Case(c[0], c[1], c[2].strip(), answers, items, "", ""));
        }
        return cases;
    }

    private static List<Case> readRealWorld(Path tsv) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (GoldTsv.Row row : GoldTsv.read(tsv, "id", 3, REAL_WORLD_LAYOUT)) {
            String type = row.column(4);
            if (type.isEmpty()) {
                throw new IOException(tsv + ":" + row.line() + ": no answer_type; expected " + REAL_WORLD_LAYOUT);
            }
            boolean none = type.equals("NONE");
            if (!none && (row.column(3).isEmpty() || row.column(5).isEmpty())) {
                throw new IOException(tsv + ":" + row.line() + ": a " + type + " question needs expected_answer and evidence");
            }
            cases.add(new Case(row.column(0), row.column(2), type, none ? List.of() : List.of(row.column(3)), Set.of(),
                    row.column(5), row.column(1)));
        }
        return cases;
    }

    public static List<Outcome> evaluate(List<Case> cases, Function<String, Answer> ask) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Case c : cases) {
            Answer a = ask.apply(c.question());
            outcomes.add(judge(c, a));
        }
        return outcomes;
    }

    static Outcome judge(Case c, Answer a) {
        if (c.type().equals("NONE")) {
            return new Outcome(c, a, a.answer() == null, a.answer() == null);
        }
        List<String> cited = a.evidence().stream().map(e -> e.meetingDate() + "#" + e.item()).toList();
        if (c.type().equals("DECISIONS")) {
            List<String> top = cited.stream().limit(10).toList();
            long hits = top.stream().filter(c.items()::contains).distinct().count();
            boolean ok = a.answerType() == AnswerType.DECISIONS && !top.isEmpty()
                    && hits >= 0.75 * c.items().size() && hits >= 0.5 * top.size();
            return new Outcome(c, a, ok, ok);
        }
        String got = normalise(a.answer() == null ? "" : a.answer());
        boolean answerRight = a.answer() != null && c.answers().stream().anyMatch(x -> got.contains(normalise(x)));
        boolean citationRight = c.evidence().isEmpty()
                ? cited.stream().limit(3).anyMatch(c.items()::contains)
                : a.evidence().stream().limit(3).anyMatch(e -> holdsHalf(e.text(), c.evidence()));
        return new Outcome(c, a, answerRight, citationRight);
    }

    /** Lower case, {@code &} read as "og", spaces and punctuation removed. */
    public static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace("&", "og").replaceAll("[\\s\\p{Punct}\\p{P}\\p{S}]+", "");
    }

    /** Whether {@code text} holds at least half of the (distinct, lower-cased) words of {@code quote}. */
    static boolean holdsHalf(String text, String quote) {
        Set<String> wanted = words(quote);
        if (wanted.isEmpty()) {
            return false;
        }
        Set<String> have = words(text == null ? "" : text);
        long held = wanted.stream().filter(have::contains).count();
        return 2 * held >= wanted.size();
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * Answer accuracy and answer+citation accuracy per expected type and overall, as a table; then NONE precision
     * (of the questions answered null, the share that are NONE questions) when any question was answered null.
     */
    public static String table(List<Outcome> outcomes) {
        TreeMap<String, int[]> byType = new TreeMap<>();
        for (Outcome o : outcomes) {
            for (String key : List.of(o.c().type(), "ALL")) {
                int[] n = byType.computeIfAbsent(key, k -> new int[3]);
                n[0]++;
                n[1] += o.answerRight() ? 1 : 0;
                n[2] += o.answerRight() && o.citationRight() ? 1 : 0;
            }
        }
        StringBuilder out = new StringBuilder(String.format("%-10s %5s %8s %17s%n", "type", "n", "answer", "answer+citation"));
        byType.forEach((type, n) -> out.append(String.format("%-10s %5d %8.3f %17.3f%n", type, n[0], n[1] / (double) n[0],
                n[2] / (double) n[0])));
        long nulls = outcomes.stream().filter(o -> o.answer().answer() == null).count();
        long noneNulls = outcomes.stream().filter(o -> o.answer().answer() == null && o.c().type().equals("NONE")).count();
        out.append(String.format("NONE precision: %s (%d of %d questions answered null are NONE questions)%n",
                nulls == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", noneNulls / (double) nulls), noneNulls, nulls));
        return out.toString();
    }

    public static double answerAndCitation(List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.answerRight() && o.citationRight()).count() / (double) outcomes.size();
    }

    public static double answerAccuracy(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::answerRight).count() / (double) outcomes.size();
    }

    /** Answer+citation accuracy over the questions of one expected type (NaN when there are none). */
    public static double answerAndCitation(List<Outcome> outcomes, String type) {
        List<Outcome> ofType = outcomes.stream().filter(o -> o.c().type().equals(type)).toList();
        return ofType.isEmpty() ? Double.NaN : answerAndCitation(ofType);
    }

    /** Of the questions answered null, the share that are NONE questions (NaN when none was answered null). */
    public static double nonePrecision(List<Outcome> outcomes) {
        List<Outcome> nulls = outcomes.stream().filter(o -> o.answer().answer() == null).toList();
        return nulls.isEmpty() ? Double.NaN
                : nulls.stream().filter(o -> o.c().type().equals("NONE")).count() / (double) nulls.size();
    }
}
