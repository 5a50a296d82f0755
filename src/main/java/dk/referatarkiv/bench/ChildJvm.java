package dk.referatarkiv.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command of the application run in a JVM of its own ({@code java -Xmx… -jar referatarkiv.jar …}), its output
 * (stdout and stderr) going to a log file, so that its memory can be read from {@code /proc/<pid>/status} and a stage
 * that takes too long can be killed. The child is destroyed when this JVM exits. Not thread-safe.
 */
public final class ChildJvm implements AutoCloseable {

    private static final Pattern KB = Pattern.compile("(\\d+)\\s*kB");

    private final Process process;
    private final Path log;
    private final long startNanos;
    private final Thread killer;
    private long peakRssKb = -1;

    private ChildJvm(Process process, Path log, long startNanos) {
        this.process = process;
        this.log = log;
        this.startNanos = startNanos;
        this.killer = new Thread(process::destroyForcibly, "kill-" + process.pid());
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /**
     * Starts {@code java -Xmx<heap> -jar <jar> <args…>} in the current directory with the running JVM's java.
     *
     * @param heap a {@code -Xmx} value such as {@code 2g}
     */
    public static ChildJvm start(Path jar, String heap, List<String> args, Path log) throws IOException {
        return start(java(heap, List.of("-jar", jar.toString()), args), log);
    }

    /** Starts {@code java -Xmx<heap> -cp <jar> <mainClass> <args…>}: another entry point of the same jar. */
    public static ChildJvm startMain(Path jar, String heap, String mainClass, List<String> args, Path log)
            throws IOException {
        return start(java(heap, List.of("-cp", jar.toString(), mainClass), args), log);
    }

    /** The running JVM's java with a heap limit, what to run and its arguments. */
    private static List<String> java(String heap, List<String> what, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(what);
        command.addAll(args);
        return command;
    }

    /** Starts any command the same way (tests use a small one). */
    static ChildJvm start(List<String> command, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        long start = System.nanoTime();
        return new ChildJvm(builder.start(), log, start);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Seconds since the process was started. */
    public double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * Waits for the process to end, reading its peak memory every 200 ms meanwhile.
     *
     * @return its exit code, or empty when it was still running after {@code timeout} (it is then killed)
     */
    public OptionalInt waitFor(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
                return OptionalInt.of(process.exitValue());
            }
            peakRssKb();
        }
        stop();
        return OptionalInt.empty();
    }

    /** The resident set now, in kB, from {@code VmRSS}; -1 where {@code /proc} cannot be read. */
    public long rssKb() {
        return status("VmRSS:");
    }

    /**
     * The peak resident set so far, in kB, from {@code VmHWM}; after the process ended, the last value read while
     * it ran (so at most 200 ms old when it was read by {@link #waitFor}).
     */
    public long peakRssKb() {
        long now = status("VmHWM:");
        peakRssKb = Math.max(peakRssKb, now);
        return peakRssKb;
    }

    private long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field)) {
                    Matcher m = KB.matcher(line);
                    return m.find() ? Long.parseLong(m.group(1)) : -1;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1; // not Linux, or the process has ended
        }
        return -1;
    }

    /** The log so far (stdout and stderr). */
    public List<String> logLines() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    public Path log() {
        return log;
    }

    /** Asks the process to end (SIGTERM, so its shutdown hooks run), then kills it after 15 seconds. */
    public void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException e) {
            // this JVM is shutting down; the hook runs anyway
        }
    }
}
