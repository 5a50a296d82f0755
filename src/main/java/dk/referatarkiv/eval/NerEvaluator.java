package dk.referatarkiv.eval;

import opennlp.tools.util.Span;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Exact-match entity precision, recall and F1, per type and overall (CoNLL style). */
public final class NerEvaluator {

    /** Counts for one type. */
    public static final class Counts {
        int gold;
        int predicted;
        int correct;

        public double precision() {
            return Fscore.precision(correct, predicted);
        }

        public double recall() {
            return Fscore.recall(correct, gold);
        }

        public double f1() {
            return Fscore.f1(precision(), recall());
        }
    }

    /** A labelled sentence: tokens and gold spans. */
    public record Gold(String[] tokens, Span[] names) {
    }

    public static Map<String, Counts> evaluate(List<Gold> gold, Function<String[], Span[]> finder) {
        Map<String, Counts> counts = new TreeMap<>();
        Counts all = new Counts();
        for (Gold g : gold) {
            Span[] predicted = finder.apply(g.tokens());
            Set<Span> goldSet = new HashSet<>(Arrays.asList(g.names()));
            for (Span s : g.names()) {
                counts.computeIfAbsent(s.getType(), k -> new Counts()).gold++;
                all.gold++;
            }
            for (Span s : predicted) {
                Counts c = counts.computeIfAbsent(s.getType(), k -> new Counts());
                c.predicted++;
                all.predicted++;
                if (goldSet.contains(s)) {
                    c.correct++;
                    all.correct++;
                }
            }
        }
        counts.put("ALL", all);
        return counts;
    }

    public static String table(Map<String, Counts> counts) {
        StringBuilder out = new StringBuilder(String.format("%-6s %6s %6s %6s %6s%n", "type", "gold", "P", "R", "F1"));
        counts.forEach((type, c) -> out.append(String.format("%-6s %6d %6.2f %6.2f %6.2f%n", type, c.gold,
                100 * c.precision(), 100 * c.recall(), 100 * c.f1())));
        return out.toString();
    }
}
