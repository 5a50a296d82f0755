package dk.referatarkiv.web;

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
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    public Admission(int running, int queued, long maxWaitMillis) {
        this.permits = new Semaphore(running, true);
        this.queued = queued;
        this.maxWaitMillis = maxWaitMillis;
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

    /** {@code handler} behind the gate. */
    public Handler gate(Handler handler) {
        return ctx -> {
            enter();
            try {
                handler.handle(ctx);
            } finally {
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

    static void retryAfter(Context ctx) {
        ctx.header("Retry-After", "1");
    }
}
