package dk.referatarkiv.eval;

import dk.referatarkiv.eval.StructureEvaluator.Accuracy;
import dk.referatarkiv.eval.StructureEvaluator.Field;
import dk.referatarkiv.eval.StructureEvaluator.Report;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parser on the real-world development minutes must not drop below the floors of
 * {@code eval/expected-metrics.properties} ({@code parse.realworld.*}); skipped when {@code ../shared/realworld} is
 * absent.
 */
class ParseEvalRealWorldTest {

    private static final Path GOLD = TestData.REALWORLD.resolve("structure.tsv");
    private static final Path CORPUS = TestData.REALWORLD.resolve("corpus");

    @Test
    void meetsTheFloors() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(GOLD) && Files.isDirectory(CORPUS),
                "no structure gold and corpus under " + TestData.REALWORLD + "; skipping");
        List<StructureEvaluator.Gold> gold = StructureEvaluator.read(GOLD);
        Report report = StructureEvaluator.evaluate(gold, TestData.load(CORPUS).meetings());
        assertEquals(gold.size(), report.rows().size());

        Properties floors = TestData.floors();
        String summary = summary(report);
        for (Field f : Field.values()) {
            assertAtLeast(report.accuracy(f, true), floors, "parse.realworld." + f.label(), summary);
        }
        assertAtLeast(report.allRight(), floors, "parse.realworld.all", summary);
    }

    private static void assertAtLeast(Accuracy accuracy, Properties floors, String key, String summary) {
        String floor = floors.getProperty(key);
        assertTrue(floor != null, "no floor " + key + " in eval/expected-metrics.properties");
        assertTrue(accuracy.share() >= Double.parseDouble(floor),
                key + " " + accuracy + " is below its floor " + floor + "; " + summary);
    }

    private static String summary(Report report) {
        return java.util.Arrays.stream(Field.values())
                .map(f -> f.label() + " " + report.accuracy(f, true).right() + "/" + report.accuracy(f, true).scored())
                .collect(Collectors.joining(", ")) + ", all " + report.allRight().right() + "/" + report.allRight().scored();
    }
}
