package dk.referatarkiv.cli;

import dk.referatarkiv.internal.DirectoryTrees;
import dk.referatarkiv.web.Admission;
import dk.referatarkiv.web.DocumentsController;
import dk.referatarkiv.web.WebApp;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code bench load}: many clients at once against a real server on a loopback port (never another host), mixing
 * searches and questions, for a bounded time. Prints requests, status counts, p50/p99 of the served (200) requests,
 * the process's resident memory before and after, and the time until the CPU is idle again after the clients stop.
 */
final class LoadBenchmark {

    private static final List<String> SEARCHES = List.of("budget", "netværk", "ældre", "beslutning", "lokalplan",
            "økonomi", "handicap", "godkendt", "skole", "trafik");
    /** Questions of the kinds users ask (not the development questions, which measure quality, not load). */
    private static final List<String> QUESTIONS = List.of("Hvem står for budgetopfølgningen?",
            "Hvilke sager handler om skoler?", "Hvornår blev planen vedtaget?", "Hvor meget koster projektet?");

    private LoadBenchmark() {
    }

    static void run(OpenArchive.Locations at, Path web, int clients, int seconds, PrintStream out) throws Exception {
        Path index = Files.createTempDirectory("referatarkiv-load");
        OpenArchive.Locations own = new OpenArchive.Locations(at.corpus(), index, at.models());
        try (OpenArchive archive = OpenArchive.open(own, true, new PrintStream(OutputStream.nullOutputStream()))) {
            Admission admission = Admission.forThisMachine();
            Javalin app = WebApp.create(archive::services, web, DocumentsController.DISABLED, admission);
            app.start("127.0.0.1", 0);
            try {
                out.printf("corpus: %d meetings, %d items; %d cores, max heap %d MB; %d clients for %d s on 127.0.0.1%n",
                        archive.corpus().meetings().size(), archive.corpus().itemCount(),
                        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, clients,
                        seconds);
                long rssBefore = rssKb();
                Result r = load(app.port(), clients, Duration.ofSeconds(seconds));
                long rssAfter = rssKb();
                double idle = secondsUntilIdle();
                out.printf("requests: %d; status: %s; client time-outs: %d%n", r.total(), r.statuses(), r.timeouts());
                out.printf("served (200): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", r.percentile(50), r.percentile(99),
                        r.percentile(100));
                out.printf("RSS before %d MB, after %d MB; CPU idle %.1f s after the clients stopped%n", rssBefore >> 10,
                        rssAfter >> 10, idle);
            } finally {
                app.stop();
            }
        } finally {
            DirectoryTrees.delete(index);
        }
    }

    private record Result(int total, Map<Integer, Integer> statuses, int timeouts, List<Double> servedMillis) {
        double percentile(int p) {
            if (servedMillis.isEmpty()) {
                return Double.NaN;
            }
            List<Double> sorted = new ArrayList<>(servedMillis);
            Collections.sort(sorted);
            int at = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
            return sorted.get(Math.max(0, at));
        }
    }

    private static Result load(int port, int clients, Duration duration) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<Double> served = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger timeouts = new AtomicInteger();
        AtomicInteger total = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread worker = new Thread(() -> {
                int i = client;
                try {
                    while (System.nanoTime() < end) {
                        String path = i % 4 == 3
                                ? "/api/ask?q=" + enc(QUESTIONS.get(i % QUESTIONS.size()) + " " + (i % 97))
                                : "/api/search?q=" + enc(SEARCHES.get(i % SEARCHES.size()));
                        i++;
                        long start = System.nanoTime();
                        try {
                            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                                    .build(), HttpResponse.BodyHandlers.discarding());
                            total.incrementAndGet();
                            statuses.merge(response.statusCode(), 1, Integer::sum);
                            if (response.statusCode() == 200) {
                                served.add((System.nanoTime() - start) / 1e6);
                            } else if (response.statusCode() == 503) {
                                Thread.sleep(50); // a polite client backs off a little
                            }
                        } catch (java.net.http.HttpTimeoutException e) {
                            timeouts.incrementAndGet();
                        } catch (IOException e) {
                            statuses.merge(-1, 1, Integer::sum);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "load-client-" + c);
            worker.setDaemon(true);
            worker.start();
        }
        done.await();
        return new Result(total.get(), new TreeMap<>(statuses), timeouts.get(), new ArrayList<>(served));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Resident memory of this process in kB, from /proc (0 where there is none). */
    private static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** Seconds until the process's CPU use falls under 5 % of one core (at most 30). */
    private static double secondsUntilIdle() throws InterruptedException {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long start = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        while (System.nanoTime() - start < 30_000_000_000L) {
            Thread.sleep(250);
            long now = os.getProcessCpuTime();
            if ((now - cpu) / 250e6 < 0.05) {
                return (System.nanoTime() - start) / 1e9;
            }
            cpu = now;
        }
        return 30;
    }
}
