package dk.referatarkiv.eval;

import dk.referatarkiv.search.ArchiveSearcher;
import dk.referatarkiv.search.SearchHit;
import dk.referatarkiv.search.SearchRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * MRR and nDCG@10 of the search over judged queries: a TSV {@code id, query, relevant_items} where items are
 * {@code YYYY-MM-DD#n} separated by {@code ;} (binary relevance).
 */
public final class RetrievalEvaluator {

    public static final int DEPTH = 10;

    /** A judged query. */
    public record Judgement(String id, String query, Set<String> relevant) {
    }

    /** One query's outcome: the ranked item keys and the two measures. */
    public record QueryResult(Judgement judgement, List<String> ranked, double reciprocalRank, double ndcg) {
    }

    public static List<Judgement> read(Path tsv) throws IOException {
        List<Judgement> judgements = new ArrayList<>();
        for (GoldTsv.Row row : GoldTsv.read(tsv, "id", 3, "id<TAB>query<TAB>relevant_items")) {
            String[] cols = row.columns();
            judgements.add(new Judgement(cols[0], cols[1],
                    Arrays.stream(row.column(2).split(";")).map(String::strip).collect(Collectors.toSet())));
        }
        return judgements;
    }

    public static List<QueryResult> evaluate(ArchiveSearcher searcher, List<Judgement> judgements) throws IOException {
        List<QueryResult> results = new ArrayList<>();
        for (Judgement j : judgements) {
            List<String> ranked = searcher.search(SearchRequest.of(j.query(), DEPTH)).hits().stream()
                    .map(RetrievalEvaluator::key).toList();
            results.add(new QueryResult(j, ranked, reciprocalRank(ranked, j.relevant()), ndcg(ranked, j.relevant())));
        }
        return results;
    }

    /** The key judgements use: meeting date and item number, e.g. {@code 2017-05-02#3}. */
    public static String key(SearchHit hit) {
        return hit.meetingDate() + "#" + hit.item();
    }

    static double reciprocalRank(List<String> ranked, Set<String> relevant) {
        for (int i = 0; i < ranked.size(); i++) {
            if (relevant.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    static double ndcg(List<String> ranked, Set<String> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(DEPTH, ranked.size()); i++) {
            dcg += relevant.contains(ranked.get(i)) ? 1 / log2(i + 2) : 0;
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(DEPTH, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    public static double mean(List<QueryResult> results, java.util.function.ToDoubleFunction<QueryResult> measure) {
        return results.stream().mapToDouble(measure).average().orElse(0);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
