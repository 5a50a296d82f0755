package dk.referatarkiv.cli;

import dk.referatarkiv.testing.CliCapture;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParseEvalCommandTest {

    @TempDir
    Path tmp;

    private final CliCapture cli = new CliCapture(new ParseEvalCommand());

    @Test
    void printsAVerdictPerRowAndGreppableSummaryLines() throws IOException {
        Path gold = Files.writeString(tmp.resolve("structure.tsv"),
                "file\tmeeting_date\tbody\titem_count\tfirst_item_title\tlast_item_title\n"
                        + "chefforum-2024-11-20.txt\t2024-11-20\tChefforum\t8\tGodkendelse af dagsorden og referat\t"
                        + "Temaer til kommende møder og eventuelt\n"
                        + "missing.txt\t2024-01-01\tByrådet\t2\t\t\n");
        assertEquals(Cli.OK, cli.run("parse-eval", "--gold", gold.toString(), "--corpus", TestData.CORPUS.toString(), "--verbose"));
        String text = cli.out();
        assertTrue(text.contains("missing.txt") && text.contains("no meeting: file not in the corpus"), text);
        assertTrue(text.contains("field date: 0.500 (1/2)\n"), text);
        assertTrue(text.contains("field first_title: 1.000 (1/1); 1 rows not scored\n"), "an empty gold title is not scored: " + text);
        assertTrue(text.contains("field last_title strict: 1.000 (1/1)\n"), text);
        assertTrue(text.contains("all right: 0.500 (1/2)"), text);
    }

    @Test
    void aMissingGoldFileIsAUsageErrorNamingIt() {
        assertEquals(Cli.USAGE, cli.run("parse-eval", "--gold", tmp.resolve("nope.tsv").toString()));
        assertTrue(cli.err().contains("--gold: no such file"), cli.err());
    }
}
