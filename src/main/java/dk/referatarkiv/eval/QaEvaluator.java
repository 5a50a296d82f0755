package dk.referatarkiv.eval;

import dk.referatarkiv.qa.Answer;
import dk.referatarkiv.qa.AnswerType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores answers against a question set ({@code id, question, type, expected_answer, expected_items, notes}): the answer
 * is right when an expected alternative appears in it after lower-casing and removing spaces and punctuation; the
 * citation is right when an expected item is among the first three evidence entries. DECISIONS needs recall ≥ 0.75 and
 * precision ≥ 0.5 over the first ten evidence items; NONE needs no answer.
 */
public final class QaEvaluator {

    /** A question of the set. */
    public record Case(String id, String question, String type, List<String> answers, Set<String> items) {
    }

    /** The outcome of one question. */
    public record Outcome(Case c, Answer answer, boolean answerRight, boolean citationRight) {
        public String verdict() {
            return answerRight && citationRight ? "OK" : answerRight ? "right answer, wrong citation" : "wrong answer";
        }
    }

    public static List<Case> read(Path tsv) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (GoldTsv.Row row : GoldTsv.read(tsv, "id", 3, "id, question, type, expected_answer, expected_items")) {
            String[] c = row.columns();
            List<String> answers = row.column(3).isEmpty() ? List.of()
                    : Arrays.stream(row.column(3).split("\\|")).map(String::strip).toList();
            Set<String> items = row.column(4).isEmpty() ? Set.of()
                    : Arrays.stream(row.column(4).split(";")).map(String::strip).collect(Collectors.toSet());
            cases.add(new Case(c[0], c[1], c[2].strip(), answers, items));
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
        List<String> cited = a.evidence().stream().map(e -> e.meetingDate() + "#" + e.item()).toList();
        if (c.type().equals("NONE")) {
            return new Outcome(c, a, a.answer() == null, true);
        }
        if (c.type().equals("DECISIONS")) {
            List<String> top = cited.stream().limit(10).toList();
            long hits = top.stream().filter(c.items()::contains).distinct().count();
            boolean ok = a.answerType() == AnswerType.DECISIONS && !top.isEmpty()
                    && hits >= 0.75 * c.items().size() && hits >= 0.5 * top.size();
            return new Outcome(c, a, ok, ok);
        }
        String got = normalise(a.answer() == null ? "" : a.answer());
        boolean answerRight = a.answer() != null && c.answers().stream().anyMatch(x -> got.contains(normalise(x)));
        boolean citationRight = cited.stream().limit(3).anyMatch(c.items()::contains);
        return new Outcome(c, a, answerRight, citationRight);
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}–—”“]+", "");
    }

    /** Answer accuracy and answer+citation accuracy per expected type and overall, as a table. */
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
        return out.toString();
    }

    public static double answerAndCitation(List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.answerRight() && o.citationRight()).count() / (double) outcomes.size();
    }
}
