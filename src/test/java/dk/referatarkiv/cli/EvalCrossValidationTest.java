package dk.referatarkiv.cli;

import dk.referatarkiv.eval.GroupedCrossValidation;
import dk.referatarkiv.testing.CliCapture;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code eval --cv}: on the real-world questions ({@code ../shared/realworld}, skipped when absent) plus the project's
 * own NONE questions ({@code eval/none-questions.tsv}), the whole fitted pipeline (answer ranker, gate and threshold)
 * is cross-validated with folds grouped by municipality; the cross-validated answer+citation of the real-world
 * questions must not drop below {@code qa.realworld.cv.answer_citation}, that of all questions below
 * {@code qa.realworld.cv.all.answer_citation}, NONE precision and recall below their floors. Without a MANIFEST.tsv
 * beside the questions it refuses with a message.
 */
class EvalCrossValidationTest {

    private static final Path QUESTIONS = TestData.REALWORLD.resolve("questions.tsv");
    private static final Path CORPUS = TestData.REALWORLD.resolve("corpus");
    private static final Pattern CV = Pattern.compile(
            "cross-validated, folds grouped by municipality \\(leave one out, (\\d+) folds;.*answer\\+citation (\\d\\.\\d+)");
    private static final Pattern NONE_PRECISION = Pattern.compile("NONE precision: (\\d\\.\\d+)");
    private static final Pattern NONE_RECALL = Pattern.compile("NONE recall: (\\d\\.\\d+)");
    private static final Pattern PART = Pattern.compile(
            "the questions of \\S*questions\\.tsv alone \\(\\d+\\): in-sample answer\\+citation \\d\\.\\d+; "
                    + "cross-validated answer \\d\\.\\d+, answer\\+citation (\\d\\.\\d+)");

    @TempDir
    Path tmp;

    @Test
    void theCrossValidatedScoreMeetsItsFloor() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(QUESTIONS) && Files.isDirectory(CORPUS),
                "no real-world questions and corpus under " + TestData.REALWORLD + "; skipping");
        CliCapture cli = new CliCapture(new EvalCommand());
        assertEquals(Cli.OK, cli.run("eval", QUESTIONS.toString(), TestData.resource("eval/none-questions.tsv").toString(),
                "--corpus", CORPUS.toString(), "--index", tmp.resolve("index").toString(), "--models",
                TestData.MODELS.toString(), "--cv"), cli.err());
        String out = cli.out();
        Matcher m = CV.matcher(out);
        assertTrue(m.find(), out);
        int municipalities = new HashSet<>(GroupedCrossValidation.municipalities(
                TestData.REALWORLD.resolve("MANIFEST.tsv")).values()).size();
        assertEquals(municipalities, Integer.parseInt(m.group(1)), "one fold per municipality");
        assertAtLeast(m.group(2), "qa.realworld.cv.all.answer_citation", out);
        Matcher precision = NONE_PRECISION.matcher(out);
        assertTrue(precision.find(m.end()), out);
        assertAtLeast(precision.group(1), "qa.realworld.cv.none_precision", out);
        Matcher recall = NONE_RECALL.matcher(out);
        assertTrue(recall.find(m.end()), out);
        assertAtLeast(recall.group(1), "qa.realworld.cv.none_recall", out);
        Matcher part = PART.matcher(out);
        assertTrue(part.find(), out);
        assertAtLeast(part.group(1), "qa.realworld.cv.answer_citation", out);
    }

    private static void assertAtLeast(String measured, String key, String out) {
        String floor = TestData.floors().getProperty(key);
        assertTrue(floor != null, "no floor " + key + " in eval/expected-metrics.properties");
        assertTrue(Double.parseDouble(measured) >= Double.parseDouble(floor),
                key + ": cross-validated " + measured + " is below its floor " + floor + "\n" + out);
    }

    @Test
    void withoutAManifestThereIsNoCrossValidation() throws IOException {
        Path questions = Files.writeString(tmp.resolve("questions.tsv"),
                "id\tfile\tquestion\texpected_answer\tanswer_type\tevidence\n"
                        + "X1\t001.txt\tHvor holdt Byrådet møde?\tRådssalen\tPLACE\tMødested: Rådssalen\n");
        CliCapture cli = new CliCapture(new EvalCommand());
        assertEquals(Cli.USAGE, cli.run("eval", questions.toString(), "--corpus", TestData.CORPUS.toString(), "--cv"));
        assertTrue(cli.err().contains("MANIFEST.tsv") && cli.err().contains("cannot be grouped by municipality"), cli.err());
    }
}
