package dk.referatarkiv.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OnOwnThreadTest {

    @Test
    void theWorkRunsOnADaemonThreadOfItsNameAndItsResultIsTaken() {
        CompletableFuture<Thread> work = OnOwnThread.start("referatarkiv-test-work", Thread::currentThread);
        Thread ran = OnOwnThread.join(work);
        assertEquals("referatarkiv-test-work", ran.getName());
        assertTrue(ran.isDaemon());
    }

    @Test
    void whatTheWorkThrewIsThrownAsItWas() {
        UncheckedIOException thrown = new UncheckedIOException(new IOException("models missing"));
        CompletableFuture<Object> work = OnOwnThread.start("referatarkiv-test-failing", () -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(UncheckedIOException.class, () -> OnOwnThread.join(work)));
        AssertionError error = new AssertionError("out of memory, say");
        CompletableFuture<Object> failing = OnOwnThread.start("referatarkiv-test-error", () -> {
            throw error;
        });
        assertSame(error, assertThrows(AssertionError.class, () -> OnOwnThread.join(failing)));
    }
}
