package dk.referatarkiv.cli;

import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParseEvalCommandTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(List.of(new ParseEvalCommand()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void printsAVerdictPerRowAndGreppableSummaryLines() throws IOException {
        Path gold = Files.writeString(tmp.resolve("structure.tsv"),
                "file\tmeeting_date\tbody\titem_count\tfirst_item_title\tlast_item_title\n"
                        + "chefforum-2024-11-20.txt\t2024-11-20\tChefforum\t8\tGodkendelse af dagsorden og referat\t"
                        + "Temaer til kommende møder og eventuelt\n"
                        + "missing.txt\t2024-01-01\tByrådet\t2\t\t\n");
        assertEquals(Cli.OK, run("parse-eval", "--gold", gold.toString(), "--corpus", TestData.CORPUS.toString(), "--verbose"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("missing.txt") && text.contains("no meeting: file not in the corpus"), text);
        assertTrue(text.contains("field date: 0.500 (1/2)\n"), text);
        assertTrue(text.contains("field first_title: 1.000 (1/1); 1 rows not scored\n"), "an empty gold title is not scored: " + text);
        assertTrue(text.contains("field last_title strict: 1.000 (1/1)\n"), text);
        assertTrue(text.contains("all right: 0.500 (1/2)"), text);
    }

    @Test
    void aMissingGoldFileIsAUsageErrorNamingIt() {
        assertEquals(Cli.USAGE, run("parse-eval", "--gold", tmp.resolve("nope.tsv").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--gold: no such file"), err.toString(StandardCharsets.UTF_8));
    }
}
