package dk.referatarkiv.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Leave-one-group-out cross-validation of answerer parameters chosen from a grid of points (one value per parameter),
 * the groups being municipalities:
 * for each municipality, the grid value with the most right-and-cited answers on the questions of all the other
 * municipalities is chosen, and the held-out municipality's questions are scored at that value. The assembled
 * held-out outcomes estimate how the fitted parameter does on an archive it was not fitted on.
 *
 * <p>Leave-one-municipality-out rather than k folds of municipalities: with 35 municipalities of 1–4 files each it
 * needs no random assignment (the figure is reproducible without a seed), and each training set is as large as it can
 * be. The answers are computed once per grid value by the caller ({@link Table}); the cross-validation itself is
 * bookkeeping over that table and never asks the held-out questions anything it has not already answered at every
 * point. Ties among grid points go to the one nearest the {@code preferred} (hand-set) point, then to the earlier.
 */
public final class GroupedCrossValidation {

    /**
     * Every question's outcome at every grid value.
     *
     * @param grid     the parameter points (each a list of one value per parameter), in the order ties prefer
     * @param groups   the group (municipality) of each question, in question order
     * @param outcomes for each grid value, the outcomes of all questions in question order
     */
    public record Table(List<List<Double>> grid, List<String> groups, List<List<QaEvaluator.Outcome>> outcomes) {
        public Table {
            if (grid.isEmpty() || outcomes.size() != grid.size()) {
                throw new IllegalArgumentException("outcomes must hold one list per grid value (" + grid.size() + "), has "
                        + outcomes.size());
            }
            for (List<QaEvaluator.Outcome> atValue : outcomes) {
                if (atValue.size() != groups.size()) {
                    throw new IllegalArgumentException("every grid value needs an outcome per question (" + groups.size()
                            + "), one has " + atValue.size());
                }
            }
        }
    }

    /** One fold: the held-out group, the point chosen on the others, and that point's training score (0–1). */
    public record Fold(String heldOut, List<Double> chosen, double trainingScore, int questions) {
    }

    /** The folds, and the held-out outcomes of all questions, each at the value chosen without its group. */
    public record Result(List<Fold> folds, List<QaEvaluator.Outcome> heldOut) {
    }

    private GroupedCrossValidation() {
    }

    /** Leave one group out: one fold per distinct group, in order of first appearance. */
    public static Result leaveOneGroupOut(Table table, List<Double> preferred) {
        List<String> distinct = table.groups().stream().distinct().toList();
        List<QaEvaluator.Outcome> heldOut = new ArrayList<>(table.outcomes().get(0));
        List<Fold> folds = new ArrayList<>();
        for (String group : distinct) {
            int chosen = choose(table, i -> !table.groups().get(i).equals(group), preferred);
            int n = 0;
            for (int i = 0; i < table.groups().size(); i++) {
                if (table.groups().get(i).equals(group)) {
                    heldOut.set(i, table.outcomes().get(chosen).get(i));
                    n++;
                }
            }
            folds.add(new Fold(group, table.grid().get(chosen), score(table, chosen, i -> !table.groups().get(i).equals(group)), n));
        }
        return new Result(folds, heldOut);
    }

    /**
     * The index of the grid point with the most right-and-cited answers over the questions {@code use} admits (their
     * indices); only those questions' outcomes are read.
     */
    public static int choose(Table table, Predicate<Integer> use, List<Double> preferred) {
        int best = -1;
        long bestRight = -1;
        for (int v = 0; v < table.grid().size(); v++) {
            long right = 0;
            for (int i = 0; i < table.groups().size(); i++) {
                if (use.test(i) && ok(table.outcomes().get(v).get(i))) {
                    right++;
                }
            }
            if (right > bestRight || right == bestRight
                    && distance(table.grid().get(v), preferred) < distance(table.grid().get(best), preferred) - 1e-9) {
                best = v;
                bestRight = right;
            }
        }
        return best;
    }

    private static double distance(List<Double> a, List<Double> b) {
        double sum = 0;
        for (int i = 0; i < a.size(); i++) {
            sum += (a.get(i) - b.get(i)) * (a.get(i) - b.get(i));
        }
        return Math.sqrt(sum);
    }

    private static double score(Table table, int v, Predicate<Integer> use) {
        int n = 0;
        int right = 0;
        for (int i = 0; i < table.groups().size(); i++) {
            if (use.test(i)) {
                n++;
                right += ok(table.outcomes().get(v).get(i)) ? 1 : 0;
            }
        }
        return n == 0 ? Double.NaN : right / (double) n;
    }

    private static boolean ok(QaEvaluator.Outcome o) {
        return o.answerRight() && o.citationRight();
    }

    /**
     * The municipality of each file named in a real-world {@code MANIFEST.tsv} (columns {@code file, municipality,
     * ...}, a header row first).
     */
    public static Map<String, String> municipalities(Path manifest) throws IOException {
        Map<String, String> byFile = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 2 || c[1].isBlank()) {
                throw new IOException(manifest + ":" + (n + 1) + ": expected columns file, municipality");
            }
            if (c[0].strip().equals("file") && c[1].strip().equals("municipality")) {
                continue; // the header row
            }
            byFile.put(c[0].strip(), c[1].strip());
        }
        return byFile;
    }

    /** The chosen points per fold, grouped by point: "0.55 (2 folds): Nordby, Sønderby", "0.35/0.60 (…": …". */
    public static String thresholds(List<Fold> folds) {
        TreeMap<String, List<String>> byPoint = new TreeMap<>();
        folds.forEach(f -> byPoint.computeIfAbsent(point(f.chosen()), k -> new ArrayList<>()).add(f.heldOut()));
        StringBuilder out = new StringBuilder();
        byPoint.forEach((p, groups) -> out.append(String.format(Locale.ROOT, "  %s (%d folds): %s%n", p, groups.size(),
                String.join(", ", groups))));
        return out.toString();
    }

    /** A point as its values separated by slashes, thresholds with two decimals and counts whole: "0.35/0.60/20". */
    public static String point(List<Double> values) {
        return String.join("/", values.stream().map(v -> String.format(Locale.ROOT,
                v > 1 && v == Math.rint(v) ? "%.0f" : "%.2f", v)).toList());
    }
}
