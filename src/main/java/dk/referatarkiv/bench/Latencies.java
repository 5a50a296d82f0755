package dk.referatarkiv.bench;

import java.util.Arrays;

/**
 * Latencies of a run of requests, in milliseconds: median, p99 and maximum (nearest rank), with the number of
 * requests, the run's wall time and throughput. {@code complete} is false when the run stopped at its time limit;
 * then the figures cover the requests done. Immutable.
 */
public record Latencies(int requests, double p50, double p99, double max, double seconds, boolean complete) {

    /** @param millis one latency per request done (the array is not changed) */
    public static Latencies of(double[] millis, double seconds, boolean complete) {
        if (millis.length == 0) {
            return new Latencies(0, Double.NaN, Double.NaN, Double.NaN, seconds, complete);
        }
        return new Latencies(millis.length, percentile(millis, 50), percentile(millis, 99),
                Arrays.stream(millis).max().orElse(0), seconds, complete);
    }

    public double perSecond() {
        return seconds > 0 ? requests / seconds : Double.NaN;
    }

    /** The nearest-rank percentile {@code p} (0–100) of the values. */
    public static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
