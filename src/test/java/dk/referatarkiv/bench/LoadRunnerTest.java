package dk.referatarkiv.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every request runs once, on the clients asked for; a run past its limit says so; a failure ends the run. */
class LoadRunnerTest {

    @Test
    void everyRequestRunsOnceSpreadOverTheClients() throws Exception {
        Set<Integer> numbers = ConcurrentHashMap.newKeySet();
        Set<Integer> clients = ConcurrentHashMap.newKeySet();
        Latencies l = LoadRunner.run(400, 4, Duration.ofMinutes(1), (c, n) -> {
            assertTrue(numbers.add(n), "request " + n + " ran twice");
            clients.add(c);
            Thread.sleep(1);
        });
        assertEquals(400, numbers.size());
        assertEquals(400, l.requests());
        assertTrue(l.complete());
        assertTrue(clients.size() > 1 && clients.stream().allMatch(c -> c >= 0 && c < 4), clients.toString());
        assertTrue(l.p50() <= l.p99() && l.p99() <= l.max(), l.toString());
    }

    @Test
    void aRunPastItsLimitIsIncomplete() throws Exception {
        Latencies l = LoadRunner.run(100, 2, Duration.ZERO, (c, n) -> { });
        assertFalse(l.complete());
        assertEquals(0, l.requests());
    }

    @Test
    void aFailingRequestEndsTheRunWithItsException() {
        IOException e = assertThrows(IOException.class, () -> LoadRunner.run(10, 2, Duration.ofMinutes(1), (c, n) -> {
            if (n == 3) {
                throw new IOException("request 3 answered 500");
            }
        }));
        assertEquals("request 3 answered 500", e.getMessage());
    }

    @Test
    void percentilesAreNearestRank() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i;
        }
        assertEquals(50, Latencies.percentile(values, 50));
        assertEquals(99, Latencies.percentile(values, 99));
        assertEquals(100, Latencies.percentile(values, 100));
    }
}
