package dk.referatarkiv.bench;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A child that outlives its limit is killed and says so; an exit code and the output are kept; memory is read. */
class ChildJvmTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsAUnixShellAndProc() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && Files.isDirectory(Path.of("/proc/self")),
                "needs /bin/sh and /proc; skipping");
    }

    @Test
    void aChildPastItsLimitIsKilled() throws Exception {
        try (ChildJvm child = ChildJvm.start(List.of("/bin/sh", "-c", "echo started; exec sleep 60"),
                dir.resolve("sleep.log"))) {
            assertTrue(child.rssKb() > 0, "VmRSS is read from /proc while the child runs");
            OptionalInt exit = child.waitFor(Duration.ofMillis(500));
            assertTrue(exit.isEmpty(), "no exit code: the limit passed");
            assertFalse(child.isAlive(), "killed at the limit");
            assertEquals(List.of("started"), child.logLines());
        }
    }

    @Test
    void anExitCodeIsReturned() throws Exception {
        try (ChildJvm child = ChildJvm.start(List.of("/bin/sh", "-c", "echo out; echo err 1>&2; exit 3"),
                dir.resolve("exit.log"))) {
            assertEquals(OptionalInt.of(3), child.waitFor(Duration.ofMinutes(1)));
            assertEquals(List.of("out", "err"), child.logLines());
            assertEquals(-1, child.rssKb(), "no memory figure once the child has ended");
        }
    }
}
