package dk.referatarkiv.internal;

import java.util.concurrent.TimeUnit;

/**
 * The time a request may take, for the thread working on it: set where a request is admitted, checked where the work
 * is long (a Lucene search stops collecting when it runs out, the answerer between candidate items). A request whose
 * client gave up thus stops within its budget instead of holding a core, and an overloaded server sheds the work it
 * cannot finish in time. Without a budget set (commands, tests, the index build) nothing is checked.
 */
public final class RequestBudget {

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private RequestBudget() {
    }

    /** Starts a budget of {@code millis} for the current thread; {@link #clear} ends it. */
    public static void start(long millis) {
        DEADLINE.set(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis));
    }

    public static void clear() {
        DEADLINE.remove();
    }

    /** Whether a budget is set for the current thread. */
    public static boolean active() {
        return DEADLINE.get() != null;
    }

    /** Whether the current thread's budget is spent (never, without one). */
    public static boolean expired() {
        Long deadline = DEADLINE.get();
        return deadline != null && System.nanoTime() - deadline > 0;
    }

    /** Stops the work when the budget is spent. */
    public static void check() {
        if (expired()) {
            throw new Exceeded();
        }
    }

    /** The request ran out of time; the web layer answers 503 with Retry-After. */
    public static final class Exceeded extends RuntimeException {
        public Exceeded() {
            super("the request ran out of its time budget", null, false, false);
        }
    }
}
