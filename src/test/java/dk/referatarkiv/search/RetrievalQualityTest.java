package dk.referatarkiv.search;

import dk.referatarkiv.eval.RetrievalEvaluator;
import dk.referatarkiv.index.ArchiveIndex;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retrieval quality on the judged dev queries must not drop below the recorded floors. */
class RetrievalQualityTest {

    @TempDir
    Path tmp;

    @Test
    void lemmaSearchMeetsItsFloors() throws IOException {
        Properties floors = TestData.floors();
        List<RetrievalEvaluator.Judgement> judgements = RetrievalEvaluator.read(TestData.sharedEval("dev-search.tsv"));
        assertEquals(18, judgements.size());
        try (ArchiveIndex index = TestData.indexOf(TestData.load(TestData.CORPUS), tmp.resolve("index"))) {
            List<RetrievalEvaluator.QueryResult> results = RetrievalEvaluator.evaluate(new ArchiveSearcher(index), judgements);
            double mrr = RetrievalEvaluator.mean(results, RetrievalEvaluator.QueryResult::reciprocalRank);
            double ndcg = RetrievalEvaluator.mean(results, RetrievalEvaluator.QueryResult::ndcg);
            assertTrue(mrr >= Double.parseDouble(floors.getProperty("search.lemma.mrr")), "MRR " + mrr);
            assertTrue(ndcg >= Double.parseDouble(floors.getProperty("search.lemma.ndcg10")), "nDCG@10 " + ndcg);
        }
    }
}
