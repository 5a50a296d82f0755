package dk.referatarkiv.cli;

import dk.referatarkiv.bench.ChildJvm;
import dk.referatarkiv.bench.Latencies;
import dk.referatarkiv.bench.LoadRunner;
import dk.referatarkiv.bench.PlainLuceneReference;
import dk.referatarkiv.bench.ScaleCorpusGenerator;
import dk.referatarkiv.bench.ScaleReport;
import dk.referatarkiv.bench.ServerRun;
import dk.referatarkiv.index.ArchiveIndex;
import dk.referatarkiv.index.LemmaAnalysis;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.CorpusLoader;
import dk.referatarkiv.ingest.FileReport;
import dk.referatarkiv.internal.DirectoryTrees;
import dk.referatarkiv.nlp.DanishPipeline;
import dk.referatarkiv.nlp.NlpModels;
import dk.referatarkiv.qa.QuestionAnswerer;
import dk.referatarkiv.search.ArchiveSearcher;
import dk.referatarkiv.search.SearchRequest;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench scale}: generates a corpus of about N items from the real minutes, then measures in one run the
 * {@code index} command (own JVM), the start-up, memory and HTTP latencies of {@code serve} (own JVM) with that index,
 * and a plain-Lucene reference over the same items in process. Every stage ends at a time limit and says so.
 */
final class ScaleBenchmark {

    /** What to run; {@code out} null means a temporary directory, deleted afterwards. */
    record Settings(int items, long seed, Path out, Path corpus, Path realworld, Path models, Path web, Path jar,
                    String heap, String serveHeap, int requests, int warmup, int asks, List<Path> questionFiles, Duration limit,
                    Path json) {
    }

    private static final Pattern INDEXED = Pattern.compile("^indexed (\\d+) meetings, (\\d+) items .* in ([\\d.]+) s$");

    private ScaleBenchmark() {
    }

    static ScaleReport run(Settings s, List<String> searchQueries, PrintStream out) throws Exception {
        Path work = s.out() != null ? s.out() : Files.createTempDirectory("referatarkiv-scale");
        Files.createDirectories(work);
        Path corpusDir = work.resolve("corpus");
        if (Files.isDirectory(corpusDir)) {
            try (var files = Files.list(corpusDir)) {
                if (files.findAny().isPresent()) {
                    throw new Args.UsageException("--out: " + corpusDir + " is not empty; give a new directory");
                }
            }
        }
        try {
            return measure(s, work, corpusDir, searchQueries, out);
        } finally {
            if (s.out() == null) {
                DirectoryTrees.delete(work);
            }
        }
    }

    private static ScaleReport measure(Settings s, Path work, Path corpusDir, List<String> searchQueries,
                                       PrintStream out) throws Exception {
        List<String> notes = new ArrayList<>();
        ScaleReport.Machine machine = machine(s.heap().equals(s.serveHeap()) ? s.heap()
                : s.heap() + " (index), " + s.serveHeap() + " (serve)");
        Path realworldCorpus = s.realworld().resolve("corpus");
        if (!Files.isDirectory(realworldCorpus)) {
            notes.add("no " + realworldCorpus + ": the corpus was made from " + s.corpus() + " only");
        }
        ScaleCorpusGenerator generator = new ScaleCorpusGenerator(List.of(s.corpus(), realworldCorpus), s.seed());
        out.printf("templates: %d files, %d items (%s%s); generating about %,d items (seed %d) into %s%n",
                generator.templateCount(), generator.templateItems(), s.corpus(),
                Files.isDirectory(realworldCorpus) ? ", " + realworldCorpus : "", s.items(), s.seed(), corpusDir);
        long t = System.nanoTime();
        ScaleCorpusGenerator.Result generated = generator.generate(s.items(), corpusDir);
        out.printf(Locale.ROOT, "generated %,d files, %,d meetings, %,d items, %,d kB in %.1f s: %,d dates moved "
                        + "(%d left as written), %,d names swapped, %,d amounts scaled, %d files with items reordered, "
                        + "%d copies dropped%n", generated.files(), generated.meetings(), generated.items(),
                generated.bytes() / 1024, (System.nanoTime() - t) / 1e9, generated.datesMoved(), generated.datesLeft(),
                generated.namesSwapped(), generated.amountsScaled(), generated.reordered(), generated.copiesDropped());

        t = System.nanoTime();
        Corpus corpus = new CorpusLoader().load(corpusDir);
        int skipped = (int) corpus.reports().stream().filter(r -> r.status() != FileReport.Status.INDEXED).count();
        ScaleReport.CorpusRead read = new ScaleReport.CorpusRead(corpus.reports().size(), skipped,
                corpus.meetings().size(), corpus.itemCount(), generated.bytes() / 1024, (System.nanoTime() - t) / 1e9);
        long warnings = corpus.reports().stream().mapToLong(r -> r.problems().size()).sum();
        out.printf(Locale.ROOT, "read back by the loader: %,d files (%d skipped), %,d meetings, %,d items in %.1f s "
                        + "(%,d parse warnings)%n", read.files(), skipped, read.meetings(),
                read.items(), read.loadSeconds(), warnings);

        Path indexDir = work.resolve("index");
        List<String> common = List.of("--corpus", corpusDir.toString(), "--index", indexDir.toString(),
                "--models", s.models().toString());
        ScaleReport.IndexStage index = index(s, common, work.resolve("index.log"), out);

        ScaleReport.ServerFigures server = null;
        if (index.status().equals("ok")) {
            List<String> serveArgs = new ArrayList<>(common);
            serveArgs.addAll(List.of("--web", s.web().toString()));
            // Every other question is timed (up to --asks); the rest, and those with their years moved, warm up first:
            // questions of the same kinds about other matters, so the timed ones find no item or sentence decoded for
            // them, and none the answer cache takes for a timed one.
            List<String> questions = questions(s.questionFiles());
            List<String> timed = new ArrayList<>();
            List<String> warmup = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                (i % 2 == 1 && timed.size() < s.asks() ? timed : warmup).add(questions.get(i));
            }
            warmup.addAll(yearsMoved(warmup, timed));
            server = ServerRun.run(s.jar(), s.serveHeap(), serveArgs, work.resolve("serve.log"),
                    new ServerRun.Load(searchQueries, searchWarmup(s.warmup()), s.requests(), warmup, timed,
                            s.limit()), out);
        } else {
            notes.add("the server was not started: the index stage did not finish");
        }

        PlainLuceneReference plain = PlainLuceneReference.build(corpus, Files.createDirectories(work.resolve("plain")));
        ScaleReport.PlainIndex plainIndex = new ScaleReport.PlainIndex(plain.buildMillis() / 1000.0, plain.documents());
        out.printf(Locale.ROOT, "plain Lucene: indexed %,d items in %.2f s%n", plain.documents(), plainIndex.seconds());
        Latencies plain1;
        Latencies plain8;
        List<String> texts = searchQueries.stream().map(ScaleBenchmark::userQuery).toList();
        try (plain) {
            LoadRunner.Request search = (c, n) -> plain.search(texts.get(n % texts.size()));
            LoadRunner.run(searchWarmup(s.warmup()), 1, s.limit(), search);
            plain1 = LoadRunner.run(s.requests(), 1, s.limit(), search);
            plain8 = LoadRunner.run(s.requests(), 8, s.limit(), search);
        }
        // The same reference behind the same HTTP stack in a JVM of its own, as our server runs: issue 11's ratio is
        // of these two.
        ServerRun.PlainHttpFigures plainHttp = ServerRun.plain(s.jar(), s.serveHeap(), work.resolve("plain"),
                work.resolve("plain-serve.log"), searchQueries, searchWarmup(s.warmup()), s.requests(), s.limit(), out);
        if (!plainHttp.status().equals("ok")) {
            notes.add("plain Lucene over HTTP: " + plainHttp.status());
        }
        // Our searcher on the same words in this JVM, as the plain reference runs: the cost of lemmas, facets and
        // snippets without the HTTP and JSON around them. The server has stopped, so the index is free to open.
        Latencies ours1 = null;
        Latencies ours8 = null;
        if (index.status().equals("ok")) {
            DanishPipeline pipeline = new DanishPipeline(NlpModels.load(s.models()));
            try (ArchiveIndex archive = ArchiveIndex.open(indexDir, new LemmaAnalysis(pipeline))) {
                ArchiveSearcher searcher = new ArchiveSearcher(archive);
                LoadRunner.Request search = (c, n) -> searcher.search(SearchRequest.of(texts.get(n % texts.size()), 10));
                LoadRunner.run(searchWarmup(s.warmup()), 1, s.limit(), search);
                ours1 = LoadRunner.run(s.requests(), 1, s.limit(), search);
                ours8 = LoadRunner.run(s.requests(), 8, s.limit(), search);
            }
        }
        notes.add("ours: GET /api/search over loopback HTTP from this JVM (lemmas, facets, snippets; the queries' "
                + "filters and sort apply), " + searchWarmup(s.warmup()) + " warm-up requests first; plain: the same "
                + "queries' words (filters and sort ignored) in process, top 10 with stored ids, after as many warm-up "
                + "queries (every search stage warms up as long, so that none is measured before the JIT compiled it)");
        notes.add("plain over HTTP: the same reference behind GET /search on Javalin, Jetty and Jackson in its own JVM "
                + "(-Xmx" + s.serveHeap() + "), the same query strings (only q is read), " + searchWarmup(s.warmup())
                + " warm-up requests; it answers the top 10 ids, ours hits with snippets and facets");
        notes.add("the client (this JVM) and the server share the machine's cores");
        notes.add("ours in process: ArchiveSearcher.search on the index the server used, the same words as the plain "
                + "reference (filters and sort ignored), top 10 with facets and snippets, after "
                + searchWarmup(s.warmup()) + " warm-up searches");
        return new ScaleReport(LocalDate.now().toString(), machine, generated, read, index, plainIndex,
                server, plain1, plain8, plainHttp.search1(), plainHttp.search8(), ours1, ours8, notes);
    }

    private static ScaleReport.IndexStage index(Settings s, List<String> common, Path log, PrintStream out)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("index"));
        args.addAll(common);
        out.printf("running: java -Xmx%s -jar %s %s%n", s.heap(), s.jar(), String.join(" ", args));
        try (ChildJvm child = ChildJvm.start(s.jar(), s.heap(), args, log)) {
            OptionalInt exit = child.waitFor(s.limit());
            double wall = child.seconds();
            long peak = child.peakRssKb();
            if (exit.isEmpty()) {
                out.printf("index: timed out after %d min (killed); log: %s%s%n", s.limit().toMinutes(), log,
                        s.out() == null ? " (deleted at the end; --out keeps it)" : "");
                return new ScaleReport.IndexStage("timed out after " + s.limit().toMinutes() + " min", wall, -1, 0, peak);
            }
            Matcher summary = child.logLines().stream().map(INDEXED::matcher).filter(Matcher::matches)
                    .reduce((a, b) -> b).orElse(null);
            if (exit.getAsInt() != 0 || summary == null) {
                List<String> lines = child.logLines();
                String tail = String.join(" / ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
                return new ScaleReport.IndexStage("failed: exit " + exit.getAsInt() + "; " + tail, wall, -1, 0, peak);
            }
            ScaleReport.IndexStage stage = new ScaleReport.IndexStage("ok", wall, Double.parseDouble(summary.group(3)),
                    Integer.parseInt(summary.group(2)), peak);
            out.printf(Locale.ROOT, "index: %s (%.1f s wall, %.1f items/s, peak RSS %d MB)%n", summary.group(),
                    wall, stage.itemsPerSecond(), peak / 1024);
            return stage;
        }
    }

    /**
     * Warm-up searches of every search stage, ours and plain, over HTTP and in process: {@code --warmup}, at least
     * 3,000. Each stage gets as many, so that neither side is timed while the JIT still compiles it (a plain query is
     * ~50 times shorter, so it needs many to be compiled at all).
     */
    private static int searchWarmup(int warmup) {
        return Math.max(warmup, 3_000);
    }

    /** The {@code q} of a URL query string, decoded: what a user typed. */
    static String userQuery(String queryString) {
        for (String pair : queryString.split("&")) {
            if (pair.startsWith("q=")) {
                return URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    /**
     * The questions with every year in them one earlier ("i marts 2022" → "i marts 2021"), those that have one and are
     * neither one of them nor of {@code others} to the answer cache: more questions of the same kinds to warm the
     * server's JIT up with.
     */
    static List<String> yearsMoved(List<String> questions, List<String> others) {
        Set<String> keys = new HashSet<>();
        questions.forEach(q -> keys.add(QuestionAnswerer.cacheKey(q)));
        others.forEach(q -> keys.add(QuestionAnswerer.cacheKey(q)));
        List<String> moved = new ArrayList<>();
        for (String q : questions) {
            String m = YEAR.matcher(q).replaceAll(r -> String.valueOf(Integer.parseInt(r.group()) - 1));
            if (!m.equals(q) && keys.add(QuestionAnswerer.cacheKey(m))) {
                moved.add(m);
            }
        }
        return moved;
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    /**
     * The questions of TSV files with a {@code question} column, in file order, each once: two that the answer
     * cache would take for one (case, spaces, ?!.) count once. A file that does not exist is left out.
     */
    static List<String> questions(List<Path> files) throws IOException {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int column = lines.isEmpty() ? -1 : List.of(lines.get(0).split("\t")).indexOf("question");
            if (column < 0) {
                throw new IOException(file + ": no 'question' column in the header");
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t");
                if (cells.length > column && !cells[column].isBlank()) {
                    String q = cells[column].strip();
                    byKey.putIfAbsent(QuestionAnswerer.cacheKey(q), q);
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    private static ScaleReport.Machine machine(String heap) {
        long memoryMb = -1;
        var system = ManagementFactory.getOperatingSystemMXBean();
        if (system instanceof com.sun.management.OperatingSystemMXBean os) {
            memoryMb = os.getTotalMemorySize() / (1024 * 1024);
        }
        return new ScaleReport.Machine(Runtime.getRuntime().availableProcessors(), memoryMb,
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), heap, system.getSystemLoadAverage());
    }
}
