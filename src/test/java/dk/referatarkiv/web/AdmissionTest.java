package dk.referatarkiv.web;

import io.javalin.http.Handler;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AdmissionTest {

    @Test
    void beyondTheRunningAndWaitingRequestsTheAnswerIs503AtOnce() throws Exception {
        Admission admission = new Admission(1, 1, 200);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Handler slow = admission.gate(ctx -> {
            inside.countDown();
            release.await(10, TimeUnit.SECONDS);
        });
        Handler fast = admission.gate(ctx -> { });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> running = pool.submit(() -> {
                slow.handle(null);
                return null;
            });
            inside.await(10, TimeUnit.SECONDS);
            Future<?> waiting = pool.submit(() -> {
                fast.handle(null); // waits for the permit, then runs
                return null;
            });
            Thread.sleep(50);
            // one running, one waiting: the queue is full, so the next is refused without waiting
            Admission.Busy busy = assertThrows(Admission.Busy.class, () -> fast.handle(null));
            assertEquals(503, busy.getStatus());
            release.countDown();
            running.get(10, TimeUnit.SECONDS);
            waiting.get(10, TimeUnit.SECONDS);
            fast.handle(null); // free again
            assertEquals(1, admission.refused());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWaitingRequestGivesUpAfterItsWait() throws Exception {
        Admission admission = new Admission(1, 4, 50);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Handler slow = admission.gate(ctx -> {
            inside.countDown();
            release.await(10, TimeUnit.SECONDS);
        });
        Thread holder = new Thread(() -> {
            try {
                slow.handle(null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        holder.start();
        inside.await(10, TimeUnit.SECONDS);
        assertThrows(Admission.Busy.class, () -> admission.gate(ctx -> { }).handle(null));
        release.countDown();
        holder.join();
    }

    @Test
    void workThatRunsOverItsBudgetIsStoppedWith503AndTheThreadIsFreeAgain() throws Exception {
        Admission admission = new Admission(1, 1, 50, 20);
        Handler runaway = admission.gate(ctx -> {
            while (true) {
                dk.referatarkiv.internal.RequestBudget.check(); // a long loop that checks its budget, as search does
                Thread.onSpinWait();
            }
        });
        Admission.OutOfTime out = assertThrows(Admission.OutOfTime.class, () -> runaway.handle(null));
        assertEquals(503, out.getStatus());
        assertFalse(dk.referatarkiv.internal.RequestBudget.active(), "the budget ends with the request");
        admission.gate(ctx -> assertTrue(dk.referatarkiv.internal.RequestBudget.active())).handle(null);
    }
}
