package dk.referatarkiv.cli;

import dk.referatarkiv.bench.ChildJvm;
import dk.referatarkiv.testing.ArchiveServer;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two processes, one index: while a server holds an index directory, a second {@code serve} in another JVM on the same
 * directory stops at once with a message naming the directory and the holder, and the first goes on serving.
 */
class SecondServerIT {

    private static final Path JAR = Path.of("target/referatarkiv.jar");

    @Test
    void aSecondServerOnAHeldIndexRefusesToStart(@TempDir Path tmp) throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the integration tests run after package: " + JAR.toAbsolutePath());
        try (ArchiveServer first = ArchiveServer.start(TestData.CORPUS, tmp)) {
            Path index = tmp.resolve("index");
            try (ChildJvm second = ChildJvm.start(JAR, "512m", List.of("serve", "--corpus", TestData.CORPUS.toString(),
                    "--index", index.toString(), "--models", TestData.MODELS.toString(), "--port", "0",
                    "--watch-seconds", "0"), tmp.resolve("second.log"))) {
                OptionalInt exit = second.waitFor(Duration.ofMinutes(2));
                assertTrue(exit.isPresent(), "the second server stopped by itself");
                assertTrue(exit.getAsInt() != 0, "and reported failure: " + exit.getAsInt());
                String log = String.join("\n", second.logLines());
                assertTrue(log.contains(index.toAbsolutePath().toString()), log);
                assertTrue(log.contains("pid " + ProcessHandle.current().pid()), log);
            }
            assertEquals(200, first.get("/api/search?q=budget").statusCode(), "the first server goes on serving");
        }
    }
}
