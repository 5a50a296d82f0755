package dk.referatarkiv.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs numbered requests on a number of concurrent clients (threads), each client taking the next number until all
 * are done or the time limit passes, and times each request. The first failing request ends the run with its
 * exception. Stateless; one pool per run.
 */
public final class LoadRunner {

    /** One request: {@code client} is 0 … clients-1 (for per-client state), {@code number} 0 … requests-1. */
    @FunctionalInterface
    public interface Request {
        void run(int client, int number) throws Exception;
    }

    private LoadRunner() {
    }

    public static Latencies run(int requests, int clients, Duration limit, Request request) throws Exception {
        double[] millis = new double[requests];
        Arrays.fill(millis, Double.NaN);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline;
                         i = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        request.run(client, i);
                        millis[i] = (System.nanoTime() - t) / 1e6;
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] done = Arrays.stream(millis).filter(m -> !Double.isNaN(m)).toArray();
        return Latencies.of(done, seconds, done.length == requests);
    }
}
