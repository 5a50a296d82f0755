package dk.referatarkiv.eval;

import dk.referatarkiv.entities.Amount;
import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.DateRange;
import dk.referatarkiv.entities.Entity;
import dk.referatarkiv.entities.EntityType;
import dk.referatarkiv.entities.ItemEntities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision, recall and F1 per entity type against hand-annotated sections: a predicted entity counts when its type and
 * text equal a gold entity of the same section (each gold entity matched once); value accuracy is the share of matched
 * entities whose normalised value is the gold value. Only the sections named in the gold file are scored.
 */
public final class EntityEvaluator {

    /** One gold entity. */
    public record Gold(String meetingId, int item, String section, EntityType type, String text, String value) {
    }

    /** Scores for one type. */
    public record Score(int gold, int predicted, int matched, int valueRight) {
        public double precision() {
            return Fscore.precision(matched, predicted);
        }

        public double recall() {
            return Fscore.recall(matched, gold);
        }

        public double f1() {
            return Fscore.f1(precision(), recall());
        }
    }

    /** A predicted entity that matched nothing, or a gold entity nothing matched, for the report. */
    public record Miss(String kind, String scope, EntityType type, String text, String detail) {
    }

    private final List<Miss> misses = new ArrayList<>();

    public static List<Gold> read(Path tsv) throws IOException {
        List<Gold> gold = new ArrayList<>();
        for (GoldTsv.Row row : GoldTsv.read(tsv, "meeting", 5, "meeting<TAB>item<TAB>section<TAB>type<TAB>text[<TAB>value]")) {
            String[] c = row.columns();
            String value = row.column(5);
            gold.add(new Gold(c[0], Integer.parseInt(c[1].strip()), c[2], EntityType.valueOf(c[3].strip()), c[4],
                    value.isEmpty() ? null : c[5]));
        }
        return gold;
    }

    public Map<EntityType, Score> evaluate(List<Gold> gold, CorpusEntities entities) {
        Map<String, List<Gold>> byScope = new HashMap<>();
        gold.forEach(g -> byScope.computeIfAbsent(scope(g.meetingId(), g.item(), g.section()), k -> new ArrayList<>()).add(g));
        Map<EntityType, int[]> counts = new TreeMap<>();
        for (Map.Entry<String, List<Gold>> e : byScope.entrySet()) {
            Gold first = e.getValue().get(0);
            List<Entity> predicted = entities.item(first.meetingId(), first.item()).map(ItemEntities::entities)
                    .orElse(List.of()).stream().filter(x -> x.section().equals(first.section())).toList();
            List<Gold> unmatched = new ArrayList<>(e.getValue());
            for (Gold g : e.getValue()) {
                counts.computeIfAbsent(g.type(), k -> new int[4])[0]++;
            }
            for (Entity p : predicted) {
                int[] c = counts.computeIfAbsent(p.type(), k -> new int[4]);
                c[1]++;
                Gold match = unmatched.stream().filter(g -> g.type() == p.type() && g.text().equals(p.text())).findFirst().orElse(null);
                if (match == null) {
                    misses.add(new Miss("extra", e.getKey(), p.type(), p.text(), value(p.value())));
                    continue;
                }
                unmatched.remove(match);
                c[2]++;
                if (match.value() == null || match.value().equals(value(p.value()))) {
                    c[3]++;
                } else {
                    misses.add(new Miss("value", e.getKey(), p.type(), p.text(), value(p.value()) + " ≠ " + match.value()));
                }
            }
            unmatched.forEach(g -> misses.add(new Miss("missed", e.getKey(), g.type(), g.text(), "")));
        }
        Map<EntityType, Score> scores = new TreeMap<>();
        counts.forEach((type, c) -> scores.put(type, new Score(c[0], c[1], c[2], c[3])));
        return scores;
    }

    public List<Miss> misses() {
        return List.copyOf(misses);
    }

    public static Score total(Map<EntityType, Score> scores) {
        int[] t = new int[4];
        scores.values().forEach(s -> {
            t[0] += s.gold();
            t[1] += s.predicted();
            t[2] += s.matched();
            t[3] += s.valueRight();
        });
        return new Score(t[0], t[1], t[2], t[3]);
    }

    /** A value as the gold file writes it: an ISO date, {@code start/end}, whole kroner, or the plain value. */
    static String value(Object value) {
        if (value instanceof DateRange r) {
            return r.isDay() ? r.start().toString() : r.start() + "/" + (r.end() == null ? "" : r.end());
        }
        if (value instanceof Amount a) {
            double k = a.kroner();
            return k == Math.rint(k) ? String.valueOf((long) k) : String.valueOf(k);
        }
        return String.valueOf(value);
    }

    static Set<String> scopes(List<Gold> gold) {
        Set<String> scopes = new LinkedHashSet<>();
        gold.forEach(g -> scopes.add(scope(g.meetingId(), g.item(), g.section())));
        return scopes;
    }

    private static String scope(String meetingId, int item, String section) {
        return meetingId + "#" + item + "/" + section;
    }
}
