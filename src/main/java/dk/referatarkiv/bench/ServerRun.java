package dk.referatarkiv.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server side of {@code bench scale}: starts {@code serve} in its own JVM on a free port, times its start-up
 * until {@code /api/search} answers, reads its resident set, and loads it with searches (one client, then eight) and
 * questions asked once each (so none is answered from the answer cache): warm-up questions first, the first of them
 * timed as the cold start, then the timed ones. Each stage ends at the time limit. Not
 * thread-safe.
 */
public final class ServerRun {

    private static final Pattern RUNNING = Pattern.compile("running on http://(?:\\[[^]]+]|[^:/\\s]+):(\\d+)/");
    private static final Pattern STARTUP_WORK = Pattern.compile("^(annotated|read the analysis) .*$");

    /**
     * What to run against the server.
     *
     * @param warmupQuestions asked before the timed {@code questions}, each once; none of them is one of those (the
     *                        first {@link #COLD} are timed as the cold start)
     */
    public record Load(List<String> searchQueries, int warmup, int requests, List<String> warmupQuestions,
                       List<String> questions, Duration limit) {
    }

    /** The first questions after start, timed on their own: the JIT has compiled little of the answerer yet. */
    private static final int COLD = 50;

    private ServerRun() {
    }

    /**
     * @param serveArgs the arguments of {@code serve} except {@code --port}, which is 0 (a free port)
     */
    public static ScaleReport.ServerFigures run(Path jar, String heap, List<String> serveArgs, Path log, Load load,
                                                PrintStream out) throws Exception {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0"));
        args.addAll(serveArgs);
        try (ChildJvm server = ChildJvm.start(jar, heap, args, log)) {
            Optional<Integer> port = awaitPort(server, load.limit());
            if (port.isEmpty()) {
                String why = server.isAlive() ? "timed out after " + minutes(load.limit()) + " before the port was printed"
                        : "failed: the server exited before it was up; last lines of " + log + ": " + tail(server);
                return failed(why, server);
            }
            String base = "http://127.0.0.1:" + port.get();
            HttpGet first = new HttpGet();
            double startup = awaitAnswer(first, URI.create(base + "/api/search?q=budget"), server, load.limit());
            if (startup < 0) {
                return failed("failed: /api/search did not answer 200; last log lines: " + tail(server), server);
            }
            String work = server.logLines().stream().map(String::strip).filter(l -> STARTUP_WORK.matcher(l).matches())
                    .findFirst().orElse("no start-up line in the log");
            long rssStart = server.rssKb();
            out.printf(Locale.ROOT, "server up in %.1f s (%s); RSS %d MB%n", startup, work, rssStart / 1024);

            HttpGet[] clients = clients();
            LoadRunner.Request search = cycling(clients, base + "/api/search?", load.searchQueries());
            LoadRunner.run(load.warmup(), 1, load.limit(), search);
            Latencies one = LoadRunner.run(load.requests(), 1, load.limit(), search);
            long rssSearches = server.rssKb();
            out.printf(Locale.ROOT, "/api/search, 1 client: median %.2f ms, p99 %.2f ms; RSS %d MB%n", one.p50(),
                    one.p99(), rssSearches / 1024);
            Latencies eight = LoadRunner.run(load.requests(), 8, load.limit(), search);
            long rssConcurrent = server.rssKb();
            out.printf(Locale.ROOT, "/api/search, 8 clients: median %.2f ms, p99 %.2f ms; RSS %d MB%n", eight.p50(),
                    eight.p99(), rssConcurrent / 1024);

            List<URI> warmup = asks(base, load.warmupQuestions());
            int cold = Math.min(COLD, warmup.size());
            Latencies coldAsks = LoadRunner.run(cold, 1, load.limit(), (c, n) -> clients[0].get(warmup.get(n)));
            out.printf(Locale.ROOT, "/api/ask uncached, the first %d questions after start (cold): median %.2f ms, p99 "
                    + "%.2f ms%n", coldAsks.requests(), coldAsks.p50(), coldAsks.p99());
            Latencies warmAsks = LoadRunner.run(warmup.size() - cold, 1, load.limit(),
                    (c, n) -> clients[0].get(warmup.get(cold + n)));
            int warmedUp = coldAsks.requests() + warmAsks.requests(); // fewer than asked for if the time limit came
            List<URI> timed = asks(base, load.questions());
            Latencies ask = LoadRunner.run(timed.size(), 1, load.limit(), (c, n) -> clients[0].get(timed.get(n)));
            long rssAsks = server.rssKb();
            out.printf(Locale.ROOT, "/api/ask uncached, 1 client, %d questions (after %d others as warm-up): median "
                    + "%.2f ms, p99 %.2f ms; RSS %d MB%n", ask.requests(), warmedUp, ask.p50(), ask.p99(),
                    rssAsks / 1024);
            boolean complete = one.complete() && eight.complete() && coldAsks.complete() && warmAsks.complete()
                    && ask.complete();
            return new ScaleReport.ServerFigures(complete ? "ok" : "a load stage stopped at the time limit", startup,
                    work, rssStart, load.warmup() + one.requests(), rssSearches, rssConcurrent, rssAsks,
                    server.peakRssKb(), one, eight, coldAsks, warmedUp, ask);
        }
    }

    /**
     * The plain-Lucene reference over HTTP: {@link PlainLuceneServer} on the index in {@code plainIndex}, in a JVM of
     * its own with the server's heap, loaded with the same query strings as our server (it reads only {@code q}) from
     * the same kind of clients: {@code warmup} untimed requests, then {@code requests} with one client and with eight.
     * When it does not come up or a request fails, null figures and a status saying why (the rest of the run goes
     * on); a stage stopped at the time limit leaves its partial figures and says so.
     */
    public static PlainHttpFigures plain(Path jar, String heap, Path plainIndex, Path log, List<String> searchQueries,
                                         int warmup, int requests, Duration limit, PrintStream out) throws Exception {
        try (ChildJvm server = ChildJvm.startMain(jar, heap, PlainLuceneServer.class.getName(),
                List.of(plainIndex.toString()), log)) {
            Optional<Integer> port = awaitPort(server, limit);
            if (port.isEmpty()) {
                return new PlainHttpFigures(server.isAlive() ? "timed out after " + minutes(limit)
                        : "failed: the plain server exited; last lines of " + log + ": " + tail(server), null, null);
            }
            LoadRunner.Request search = cycling(clients(), "http://127.0.0.1:" + port.get() + "/search?",
                    searchQueries);
            Latencies one;
            Latencies eight;
            try {
                LoadRunner.run(warmup, 1, limit, search);
                one = LoadRunner.run(requests, 1, limit, search);
                eight = LoadRunner.run(requests, 8, limit, search);
            } catch (IOException e) {
                return new PlainHttpFigures("failed: " + e.getMessage(), null, null);
            }
            out.printf(Locale.ROOT, "plain Lucene over HTTP: 1 client median %.2f ms, p99 %.2f ms; 8 clients median "
                    + "%.2f ms, p99 %.2f ms%n", one.p50(), one.p99(), eight.p50(), eight.p99());
            return new PlainHttpFigures(one.complete() && eight.complete() ? "ok"
                    : "a load stage stopped at the time limit", one, eight);
        }
    }

    /** One HTTP client for each of the eight a load stage runs at most. */
    private static HttpGet[] clients() {
        HttpGet[] clients = new HttpGet[8];
        for (int i = 0; i < clients.length; i++) {
            clients[i] = new HttpGet();
        }
        return clients;
    }

    /** Request n of a load sends query n (cycling through them) after {@code prefix}, from the client it runs on. */
    private static LoadRunner.Request cycling(HttpGet[] clients, String prefix, List<String> queries) {
        List<URI> uris = queries.stream().map(q -> URI.create(prefix + q)).toList();
        return (c, n) -> clients[c].get(uris.get(n % uris.size()));
    }

    /** The plain reference's searches over HTTP, with one client and with eight. */
    public record PlainHttpFigures(String status, Latencies search1, Latencies search8) {
    }

    private static List<URI> asks(String base, List<String> questions) {
        return questions.stream().map(q -> URI.create(base + "/api/ask?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .toList();
    }

    private static ScaleReport.ServerFigures failed(String status, ChildJvm server) {
        return new ScaleReport.ServerFigures(status, -1, "", -1, 0, -1, -1, -1, server.peakRssKb(), null, null, null, 0,
                null);
    }

    /** The port in {@code serve}'s start line ("… running on http://127.0.0.1:7070/ (…)"), on any host. */
    static Optional<Integer> portIn(String line) {
        Matcher m = RUNNING.matcher(line);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The port the server prints once it listens, or empty when it exits or the limit passes first. */
    private static Optional<Integer> awaitPort(ChildJvm server, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            for (String line : server.logLines()) {
                Optional<Integer> port = portIn(line);
                if (port.isPresent()) {
                    return port;
                }
            }
            server.peakRssKb();
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    /** Seconds from the server's start to its first 200 answer, or -1. */
    private static double awaitAnswer(HttpGet client, URI uri, ChildJvm server, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                client.get(uri);
                return server.seconds();
            } catch (ConnectException e) {
                Thread.sleep(50);
            } catch (IOException e) {
                return -1;
            }
        }
        return -1;
    }

    private static String tail(ChildJvm server) throws IOException {
        List<String> lines = server.logLines();
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }

    static String minutes(Duration limit) {
        return limit.toMinutes() + " min";
    }
}
