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
 * {@code eval --cv}: on the real-world questions ({@code ../shared/realworld}, skipped when absent) the
 * cross-validated answer+citation, folds grouped by municipality, must not drop below
 * {@code qa.realworld.cv.answer_citation}; without a MANIFEST.tsv beside the questions it refuses with a message.
 */
class EvalCrossValidationTest {

    private static final Path QUESTIONS = TestData.REALWORLD.resolve("questions.tsv");
    private static final Path CORPUS = TestData.REALWORLD.resolve("corpus");
    private static final Pattern CV = Pattern.compile(
            "cross-validated, folds grouped by municipality \\(leave one out, (\\d+) folds;.*answer\\+citation (\\d\\.\\d+)");

    @TempDir
    Path tmp;

    @Test
    void theCrossValidatedScoreMeetsItsFloor() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(QUESTIONS) && Files.isDirectory(CORPUS),
                "no real-world questions and corpus under " + TestData.REALWORLD + "; skipping");
        CliCapture cli = new CliCapture(new EvalCommand());
        assertEquals(Cli.OK, cli.run("eval", QUESTIONS.toString(), "--corpus", CORPUS.toString(), "--index",
                tmp.resolve("index").toString(), "--models", TestData.MODELS.toString(), "--cv"), cli.err());
        Matcher m = CV.matcher(cli.out());
        assertTrue(m.find(), cli.out());
        int municipalities = new HashSet<>(GroupedCrossValidation.municipalities(
                TestData.REALWORLD.resolve("MANIFEST.tsv")).values()).size();
        assertEquals(municipalities, Integer.parseInt(m.group(1)), "one fold per municipality");
        String floor = TestData.floors().getProperty("qa.realworld.cv.answer_citation");
        assertTrue(floor != null, "no floor qa.realworld.cv.answer_citation in eval/expected-metrics.properties");
        assertTrue(Double.parseDouble(m.group(2)) >= Double.parseDouble(floor),
                "cross-validated answer+citation " + m.group(2) + " is below its floor " + floor + "\n" + cli.out());
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

    @Test
    void questionFilesOfTwoFormatsAreRefused() throws IOException {
        Path realWorld = Files.writeString(tmp.resolve("rw.tsv"), "id\tfile\tquestion\texpected_answer\tanswer_type\tevidence\n"
                + "X1\t001.txt\tHvor holdt Byrådet møde?\tRådssalen\tPLACE\tMødested: Rådssalen\n");
        Path development = Files.writeString(tmp.resolve("dev.tsv"), "id\tquestion\ttype\texpected_answer\texpected_items\n"
                + "D1\tHvem leder netværket?\tPERSON\tAnna\t2024-01-01#1\n");
        CliCapture cli = new CliCapture(new EvalCommand());
        assertEquals(Cli.USAGE, cli.run("eval", realWorld.toString(), development.toString(), "--corpus",
                TestData.CORPUS.toString()));
        assertTrue(cli.err().contains("mix the development and the real-world format"), cli.err());
    }

    @Test
    void aThresholdOutsideItsRangeIsRefused() throws IOException {
        Path questions = Files.writeString(tmp.resolve("rw.tsv"), "id\tfile\tquestion\texpected_answer\tanswer_type\tevidence\n"
                + "X1\t001.txt\tHvor holdt Byrådet møde?\tRådssalen\tPLACE\tMødested: Rådssalen\n");
        for (String bad : new String[]{"1.5", "0.50/0.40", "lav", "0.3/0.4/0.5"}) {
            CliCapture cli = new CliCapture(new EvalCommand());
            assertEquals(Cli.USAGE, cli.run("eval", questions.toString(), "--corpus", TestData.CORPUS.toString(),
                    "--index", tmp.resolve("index").toString(), "--threshold", bad), bad);
            assertTrue(cli.err().contains("--threshold"), bad + ": " + cli.err());
        }
    }
}
