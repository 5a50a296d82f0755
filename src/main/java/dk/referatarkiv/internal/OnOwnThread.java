package dk.referatarkiv.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work started on a daemon thread of its own, named for what it does (thread dumps and profiles show it), and its
 * result taken with the exception it threw rather than a wrapper. A start does independent reads this way while the
 * main thread reads the corpus.
 */
public final class OnOwnThread {

    private OnOwnThread() {
    }

    /** {@code work} running from now on a new daemon thread called {@code name}. */
    public static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The result, waiting for it; what the work threw is thrown here as it was (an unchecked exception or error). */
    public static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
