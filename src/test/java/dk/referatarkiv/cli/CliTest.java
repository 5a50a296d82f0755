package dk.referatarkiv.cli;

import dk.referatarkiv.testing.CliCapture;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    @TempDir
    Path tmp;

    private final CliCapture cli = new CliCapture(new ServeCommand(), new IndexCommand(), new SearchCommand(),
            new BenchCommand());

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    @Test
    void helpListsCommandsAndEveryOption() {
        assertEquals(Cli.OK, run("--help"));
        for (String command : List.of("serve", "index", "search", "bench")) {
            assertTrue(out().contains(command), out());
        }
        assertEquals(Cli.OK, run("serve", "--help"));
        for (String option : List.of("--port", "--corpus", "--index", "--web", "--help")) {
            assertTrue(out().contains(option), out());
        }
    }

    @Test
    void usageErrorsNameTheProblem() {
        assertEquals(Cli.USAGE, run());
        assertEquals(Cli.USAGE, run("frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'"));
        assertEquals(Cli.USAGE, run("index", "--colour", "red"));
        assertTrue(err().contains("unknown option --colour"));
        assertEquals(Cli.USAGE, run("search"));
        assertEquals(Cli.USAGE, run("search", "x", "--size", "0"));
        assertTrue(err().contains("--size must be between 1 and 100"), err());
    }

    /** Issue 13 point 5: a closed-items token is checked like the upload token, before anything is opened. */
    @Test
    void serveNamesABadClosedToken() throws Exception {
        Path shortToken = java.nio.file.Files.writeString(tmp.resolve("token"), "kort\n");
        assertEquals(Cli.USAGE, run("serve", "--closed-token-file", shortToken.toString(), "--index",
                tmp.resolve("index").toString()));
        assertTrue(err().contains("--closed-token-file: the token must have at least 16 characters"), err());
        assertEquals(Cli.USAGE, run("serve", "--closed-token-file", tmp.resolve("missing").toString()));
        assertTrue(err().contains("--closed-token-file: file not found"), err());
        assertEquals(Cli.OK, run("serve", "--help"));
        assertTrue(out().contains("--closed-token-file"), out());
    }

    /** {@code bench scale} checks its jar and heap before it generates anything. */
    @Test
    void benchScaleNamesABadJarOrHeap() {
        assertEquals(Cli.USAGE, run("bench", "scale", "--jar", tmp.resolve("missing.jar").toString()));
        assertTrue(err().contains("--jar: not found"), err());
        assertEquals(Cli.USAGE, run("bench", "scale", "--jar", "pom.xml", "--heap", "lots"));
        assertTrue(err().contains("--heap must be a -Xmx size such as 2g or 1500m, not 'lots'"), err());
        assertEquals(Cli.USAGE, run("bench", "scale", "--jar", "pom.xml", "--serve-heap", "1 g"));
        assertTrue(err().contains("--serve-heap must be a -Xmx size such as 2g or 1500m, not '1 g'"), err());
        assertEquals(Cli.USAGE, run("bench", "scale", "--jar", "pom.xml", "--items", "0"));
        assertTrue(err().contains("--items must be between 1 and 10000000"), err());
    }

    /** Bad configuration at start-up: the server does not start, and the message names the bad value. */
    @Test
    void serveRefusesBadConfiguration() {
        assertEquals(Cli.USAGE, run("serve", "--port", "70000"));
        assertTrue(err().contains("--port must be between 0 and 65535"), err());
        assertEquals(Cli.USAGE, run("serve", "--port", "0", "--web", tmp.resolve("no-web").toString()));
        assertTrue(err().contains("--web: directory not found"), err());
        assertEquals(Cli.FAILURE, run("serve", "--port", "0", "--corpus", tmp.resolve("no-corpus").toString(),
                "--index", tmp.resolve("i").toString()));
        assertTrue(err().contains("corpus directory not found"), err());
    }

    @Test
    void indexPrintsPerFileResultsAndASummary() throws Exception {
        Path corpus = TestData.corpusOf(tmp.resolve("corpus"), "fixtures/search/ranking.txt", "fixtures/bad/empty.txt",
                "fixtures/bad/windows-1252.txt");
        assertEquals(Cli.OK, run("index", "--corpus", corpus.toString(), "--index", tmp.resolve("index").toString()));
        String printed = out();
        assertTrue(printed.contains("ok       ranking.txt"), printed);
        assertTrue(printed.contains("SKIPPED  empty.txt"), printed);
        assertTrue(printed.contains("error: empty file"), printed);
        assertTrue(printed.contains("warning: decoded as windows-1252"), printed);
        assertTrue(printed.matches("(?s).*indexed 2 meetings, 3 items \\(\\+2 meeting headers\\), 0 items skipped, "
                + "1 files skipped, in \\d+\\.\\d\\d s.*"), printed);
    }

    @Test
    void searchPrintsATable() {
        assertEquals(Cli.OK, run("search", "netværk", "--size", "2", "--index", tmp.resolve("index").toString()));
        String[] lines = out().split("\n");
        assertTrue(lines[0].matches("\\d+ hits in \\d+ ms"), lines[0]);
        assertTrue(lines[1].startsWith("#"), lines[1]);
        assertTrue(lines[2].contains("chefforum-2017-05-02") && lines[2].contains("Opstart af temaproces"), lines[2]);
        assertEquals(4, lines.length);
    }
}
