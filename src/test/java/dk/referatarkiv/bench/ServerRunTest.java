package dk.referatarkiv.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerRunTest {

    @Test
    void thePortIsReadFromServesStartLineOnAnyHost() {
        assertEquals(Optional.of(38093), ServerRun.portIn("Referatarkiv is running on http://127.0.0.1:38093/ (this "
                + "machine only; --host to open it to the network)"));
        assertEquals(Optional.of(7070), ServerRun.portIn("Referatarkiv is running on http://0.0.0.0:7070/ (open to "
                + "the network)"));
        assertEquals(Optional.of(7071), ServerRun.portIn("Referatarkiv is running on http://[::1]:7071/"));
        assertEquals(Optional.empty(), ServerRun.portIn("annotated 63120 tokens in 6449 ms"));
    }

    /** A plain server that cannot open its index says why, and the run goes on without its figures. */
    @Test
    void aPlainServerWithoutItsIndexIsReportedAsFailed(@TempDir Path dir) throws Exception {
        // the test's class path holds the server's main class as the jar would
        Path classPath = Path.of(System.getProperty("java.class.path"));
        ServerRun.PlainHttpFigures figures = ServerRun.plain(classPath, "256m", dir.resolve("absent"),
                dir.resolve("plain.log"), List.of("q=budget"), 1, 1, Duration.ofMinutes(1),
                new PrintStream(OutputStream.nullOutputStream()));
        assertTrue(figures.status().startsWith("failed") && figures.status().contains("cannot open the plain index"),
                figures.status());
        assertNull(figures.search1());
    }
}
