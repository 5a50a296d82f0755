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

    /** Sized for this machine: two requests per core at work, eight per core waiting, half a second at most. */
    public static Admission forThisMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new Admission(2 * cores, 8 * cores, 500);
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
