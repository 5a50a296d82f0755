package dk.referatarkiv.cli;

import dk.referatarkiv.bench.Latencies;
import dk.referatarkiv.bench.ScaleReport;
import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.OrganisationGazetteer;
import dk.referatarkiv.index.ArchiveIndex;
import dk.referatarkiv.internal.DirectoryTrees;
import dk.referatarkiv.index.IndexCounters;
import dk.referatarkiv.index.LemmaAnalysis;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.nlp.DanishPipeline;
import dk.referatarkiv.nlp.NlpModels;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.CorpusLoader;
import dk.referatarkiv.qa.SentencePreparer;
import dk.referatarkiv.web.WebApp;
import io.javalin.Javalin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code bench}: measures index build time and {@code /api/search} latency over HTTP against a real server on a free
 * port, and prints medians and p99 with the corpus size.
 */
public final class BenchCommand implements Command {

    private static final String QUERIES = "/bench/search-queries.txt";

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "measure speed: 'search' (default) index build and /api/search latency; 'ask' /api/ask latency; "
                + "'nlp' pipeline tokens/s; 'scale' a generated corpus of --items items: index, start-up, memory, "
                + "latency, against plain Lucene";
    }

    @Override
    public String positionalUsage() {
        return "[search|ask|nlp|load|scale]";
    }

    @Override
    public List<Args.Option> options() {
        return List.of(CommonOptions.CORPUS, CommonOptions.WEB, CommonOptions.MODELS,
                Args.Option.value("requests", "1000", "number of timed /api/search requests"),
                Args.Option.value("warmup", "300", "untimed requests first, so the JIT has compiled the hot paths "
                        + "(scale: at least 3,000 before every search stage, ours and plain Lucene's)"),
                Args.Option.value("builds", "5", "number of timed index builds"),
                Args.Option.value("tokens", "1000000", "nlp: tokens to annotate per run (the corpus repeated)"),
                Args.Option.value("questions", "../shared/eval/dev-questions.tsv", "ask: the questions (TSV)"),
                Args.Option.value("clients", "200", "load: concurrent clients"),
                Args.Option.value("seconds", "60", "load: how long the clients send requests"),
                Args.Option.value("items", "1000", "scale: agenda items to generate (about)"),
                Args.Option.value("seed", "1", "scale: seed of the generator"),
                Args.Option.value("out", "", "scale: directory to keep the corpus, index and logs in (default: a "
                        + "temporary one, deleted)"),
                Args.Option.value("realworld", "../shared/realworld", "scale: real-world minutes (corpus/) and "
                        + "questions (questions.tsv) to use besides --corpus and --questions, when present"),
                Args.Option.value("jar", "target/referatarkiv.jar", "scale: the application jar the index and server "
                        + "JVMs run"),
                Args.Option.value("heap", "2g", "scale: -Xmx of the index and server JVMs"),
                Args.Option.value("serve-heap", "", "scale: -Xmx of the server JVM alone (default: --heap); "
                        + "indexing holds the annotated archive, serving does not"),
                Args.Option.value("asks", "300", "scale: distinct questions to time (each asked once, uncached)"),
                Args.Option.value("timeout", "60", "scale: minutes a stage may take before it is stopped"),
                Args.Option.value("json", "", "scale: also write the figures to this JSON file"));
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        String what = args.positionals().isEmpty() ? "search" : args.positionals().get(0);
        if (what.equals("scale")) {
            return scale(args, out);
        }
        if (what.equals("nlp")) {
            NlpBenchmark.run(new CorpusLoader().load(args.path("corpus")), args.path("models"),
                    args.integer("tokens", 10_000, 100_000_000), out);
            return Cli.OK;
        }
        if (what.equals("load")) {
            LoadBenchmark.run(new OpenArchive.Locations(args.path("corpus"), null, args.path("models")),
                    args.path("web"), args.integer("clients", 1, 2000), args.integer("seconds", 1, 3600), out);
            return Cli.OK;
        }
        if (!what.equals("search") && !what.equals("ask")) {
            throw new Args.UsageException("unknown benchmark '" + what + "'; use search, ask, nlp, load or scale");
        }
        int requests = args.integer("requests", 1, 1_000_000);
        int warmup = args.integer("warmup", 0, 1_000_000);
        int builds = args.integer("builds", 1, 100);
        Corpus corpus = new CorpusLoader().load(args.path("corpus"));
        long bytes = corpusBytes(args.path("corpus"));
        out.printf("corpus: %d meetings, %d items, %.1f kB of minutes; %d cores, Java %s%n", corpus.meetings().size(),
                corpus.itemCount(), bytes / 1024.0, Runtime.getRuntime().availableProcessors(), Runtime.version());
        NlpModels models = NlpModels.load(args.path("models"));
        DanishPipeline pipeline = new DanishPipeline(models);
        OrganisationGazetteer gazetteer = OrganisationGazetteer.read(args.path("models").resolve(OrganisationGazetteer.FILE));
        Path tmp = Files.createTempDirectory("referatarkiv-bench");
        try {
            benchBuilds(corpus, models, gazetteer, tmp, builds, out);
            OpenArchive.Locations at = new OpenArchive.Locations(args.path("corpus"), tmp.resolve("serving"), args.path("models"));
            try (OpenArchive archive = OpenArchive.open(at, true, new PrintStream(OutputStream.nullOutputStream()))) {
                Javalin app = WebApp.create(new WebApp.Services(archive.corpus(), archive.entities(), archive.people(),
                        archive.index(), archive.searcher(), archive.answerer()), args.path("web")).start(0);
                try {
                    if (what.equals("ask")) {
                        AskBenchmark.run(app.port(), archive.answerer(), args.path("questions"), requests, out);
                    } else {
                        benchSearch(app.port(), queries(), warmup, requests, out);
                    }
                } finally {
                    app.stop();
                }
            }
        } finally {
            DirectoryTrees.delete(tmp);
        }
        return Cli.OK;
    }

    private static String heapSize(String option, String value) throws Args.UsageException {
        if (!value.matches("\\d+[kKmMgG]?")) {
            throw new Args.UsageException("--" + option + " must be a -Xmx size such as 2g or 1500m, not '" + value + "'");
        }
        return value;
    }

    private static int scale(Args args, PrintStream out) throws Exception {
        Path jar = args.path("jar");
        if (!Files.isRegularFile(jar)) {
            throw new Args.UsageException("--jar: not found: " + jar.toAbsolutePath() + " (build it with mvn package)");
        }
        if (!Files.isDirectory(args.path("web"))) {
            throw new Args.UsageException("--web: directory not found: " + args.path("web").toAbsolutePath());
        }
        String heap = heapSize("heap", args.get("heap"));
        String serveHeap = heapSize("serve-heap", args.get("serve-heap").isEmpty() ? heap : args.get("serve-heap"));
        Path realworld = args.path("realworld");
        ScaleBenchmark.Settings settings = new ScaleBenchmark.Settings(args.integer("items", 1, 10_000_000),
                args.integer("seed", 0, Integer.MAX_VALUE), args.get("out").isEmpty() ? null : args.path("out"),
                args.path("corpus"), realworld, args.path("models"), args.path("web"), jar, heap, serveHeap,
                args.integer("requests", 1, 1_000_000), args.integer("warmup", 0, 1_000_000),
                args.integer("asks", 0, 100_000), List.of(args.path("questions"), realworld.resolve("questions.tsv")),
                Duration.ofMinutes(args.integer("timeout", 1, 24 * 60)),
                args.get("json").isEmpty() ? null : args.path("json"));
        // Thousands of generated files would print their parse warnings here; ScaleBenchmark counts them instead, and
        // the index command's log keeps them. Set before the loader's logger exists (slf4j-simple reads it then).
        System.setProperty("org.slf4j.simpleLogger.log." + CorpusLoader.class.getName(), "error");
        ScaleReport report = ScaleBenchmark.run(settings, queries(), out);
        report.print(out);
        if (settings.json() != null) {
            report.writeJson(settings.json());
            out.println("figures written to " + settings.json());
        }
        return Cli.OK;
    }

    /** Times NLP annotation plus index writing, the whole rebuild; returns the last annotation for serving. */
    private static AnnotatedCorpus benchBuilds(Corpus corpus, NlpModels models, OrganisationGazetteer gazetteer,
                                               Path tmp, int builds, PrintStream out) throws IOException {
        DanishPipeline pipeline = new DanishPipeline(models);
        double[] annotate = new double[builds];
        double[] extract = new double[builds];
        double[] write = new double[builds];
        AnnotatedCorpus annotated = null;
        for (int i = 0; i < builds; i++) {
            annotated = AnnotatedCorpus.annotate(corpus, pipeline);
            annotate[i] = annotated.millis();
            CorpusEntities entities = CorpusEntities.extract(annotated, models, gazetteer);
            extract[i] = entities.millis();
            // the sentences the question answerer reads are prepared as each item is indexed: part of the cost
            try (ArchiveIndex index = ArchiveIndex.open(tmp.resolve("build-" + i), new LemmaAnalysis(pipeline),
                    new SentencePreparer())) {
                IndexCounters counters = index.rebuild(annotated, entities);
                write[i] = counters.millis();
            }
        }
        out.printf("index build (%d runs), medians: NLP annotation %.0f ms, entity extraction %.0f ms, index writing "
                        + "%.0f ms (first run, with JIT warm-up: %.0f + %.0f + %.0f ms)%n", builds, percentile(annotate, 50),
                percentile(extract, 50), percentile(write, 50), annotate[0], extract[0], write[0]);
        return annotated;
    }

    private static void benchSearch(int port, List<String> queries, int warmup, int requests, PrintStream out)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < warmup; i++) {
            send(client, port, queries.get(i % queries.size()));
        }
        double[] millis = new double[requests];
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            send(client, port, queries.get(i % queries.size()));
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("/api/search over HTTP, %d requests, %d distinct queries, one client: median %.2f ms, p99 %.2f ms, "
                        + "max %.2f ms, %.0f requests/s%n", requests, queries.size(), percentile(millis, 50),
                percentile(millis, 99), Arrays.stream(millis).max().orElse(0), requests / seconds);
    }

    private static void send(HttpClient client, int port, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?" + query)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("benchmark query '" + query + "' answered " + response.statusCode() + ": " + response.body());
        }
    }

    static double percentile(double[] values, double p) {
        return Latencies.percentile(values, p);
    }

    static List<String> queries() throws IOException {
        List<String> queries = new ArrayList<>();
        try (InputStream in = BenchCommand.class.getResourceAsStream(QUERIES)) {
            if (in == null) {
                throw new IOException("missing resource " + QUERIES);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    queries.add(line.strip());
                }
            }
        }
        return queries;
    }

    private static long corpusBytes(Path corpus) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            long total = 0;
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(f);
            }
            return total;
        }
    }

}
