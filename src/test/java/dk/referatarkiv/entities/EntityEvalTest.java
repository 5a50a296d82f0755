package dk.referatarkiv.entities;

import dk.referatarkiv.eval.EntityEvaluator;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entity extraction on the hand-annotated sections must not drop below the recorded floors. */
class EntityEvalTest {

    @Test
    void meetsTheFloors() throws IOException {
        Properties floors = TestData.floors();
        List<EntityEvaluator.Gold> gold = EntityEvaluator.read(TestData.resource("eval/entities-gold.tsv"));
        CorpusEntities entities = TestData.entitiesOf(AnnotatedCorpus.annotate(TestData.load(TestData.CORPUS), TestData.pipeline()));
        EntityEvaluator evaluator = new EntityEvaluator();
        Map<EntityType, EntityEvaluator.Score> scores = evaluator.evaluate(gold, entities);
        EntityEvaluator.Score all = EntityEvaluator.total(scores);
        assertTrue(all.f1() >= Double.parseDouble(floors.getProperty("entities.f1")), all + " " + evaluator.misses());
        assertTrue(all.valueRight() >= Double.parseDouble(floors.getProperty("entities.value")) * all.matched(),
                all + " " + evaluator.misses());
    }
}
