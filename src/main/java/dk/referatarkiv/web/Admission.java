package dk.referatarkiv.web;

import dk.referatarkiv.internal.RequestBudget;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Backpressure for the expensive endpoints (search, answers, similar items): at most {@code running} requests work at
 * once, at most {@code queued} wait, each for at most {@code maxWaitMillis}; beyond that a request is answered at
 * once with {@code 503} and {@code Retry-After} instead of joining an ever longer queue. Under overload the server
 * thus keeps serving the requests it accepts at normal speed, and memory stays bounded.
 */
public final class Admission {

    private final Semaphore permits;
    private final int queued;
    private final long maxWaitMillis;
    private final long budgetMillis;
    /**
     * The time a search or an answer may take: far above what they take on this machine (p99 of uncached answers
     * 11 ms, of searches under 200 clients 319 ms), so that only runaway work (a pathological query, a client long
     * gone while the server is overloaded) is stopped.
     */
    static final long BUDGET_MILLIS = 3_000;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    public Admission(int running, int queued, long maxWaitMillis) {
        this(running, queued, maxWaitMillis, BUDGET_MILLIS);
    }

    /** @param budgetMillis the time an admitted request may work ({@link RequestBudget}) */
    public Admission(int running, int queued, long maxWaitMillis, long budgetMillis) {
        this.permits = new Semaphore(running, true);
        this.queued = queued;
        this.maxWaitMillis = maxWaitMillis;
        this.budgetMillis = budgetMillis;
    }

    /**
     * Sized for this machine: one request per core at work (a search or an answer keeps a core busy; more at once only
     * share it), four per core waiting, a quarter of a second at most. On 2 cores with 200 clients this served p99
     * 319 ms and was idle 1.8 s after the load; two per core and half a second gave p99 591 ms and 10.5 s.
     */
    public static Admission forThisMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new Admission(cores, 4 * cores, 250);
    }

    /**
     * {@code handler} behind the gate, with a time budget ({@link RequestBudget}): work that runs over it stops and is
     * answered with {@code 503} and {@code Retry-After}, like a full queue.
     */
    public Handler gate(Handler handler) {
        return ctx -> {
            enter();
            RequestBudget.start(budgetMillis);
            try {
                handler.handle(ctx);
            } catch (RequestBudget.Exceeded e) {
                refused.incrementAndGet();
                throw new OutOfTime();
            } finally {
                RequestBudget.clear();
                permits.release();
            }
        };
    }

    /** Requests refused so far (for the load benchmark and the health endpoint). */
    public int refused() {
        return refused.get();
    }

    private void enter() throws InterruptedException {
        if (permits.tryAcquire()) {
            return;
        }
        if (waiting.incrementAndGet() > queued) {
            waiting.decrementAndGet();
            throw busy();
        }
        try {
            if (!permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } finally {
            waiting.decrementAndGet();
        }
    }

    private HttpResponseException busy() {
        refused.incrementAndGet();
        return new Busy();
    }

    /** 503 with Retry-After; the header is set by the error handler, which knows the response. */
    static final class Busy extends HttpResponseException {
        Busy() {
            super(503, "Arkivet har travlt lige nu. Prøv igen om et øjeblik.", Map.of(ErrorHandlers.CODE, "busy"));
        }
    }

    /** 503 with Retry-After for work that ran out of its time budget. */
    static final class OutOfTime extends HttpResponseException {
        OutOfTime() {
            super(503, "Forespørgslen tog for lang tid og blev stoppet. Prøv igen om et øjeblik, eller gør den mere "
                    + "præcis.", Map.of(ErrorHandlers.CODE, "timeout"));
        }
    }

    static void retryAfter(Context ctx) {
        ctx.header("Retry-After", "1");
    }
}
