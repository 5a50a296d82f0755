package dk.referatarkiv.cli;

import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.Section;
import dk.referatarkiv.nlp.DanishPipeline;
import dk.referatarkiv.nlp.NlpModels;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput of the whole NLP pipeline (sentences → tokens → UPOS → lemmas) over the corpus's section texts repeated
 * until a token budget is reached, with one thread and with two, plus the model load time.
 */
final class NlpBenchmark {

    private NlpBenchmark() {
    }

    static void run(Corpus corpus, Path modelsDir, int tokenBudget, PrintStream out) throws Exception {
        long loadStart = System.nanoTime();
        NlpModels models = NlpModels.load(modelsDir);
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        DanishPipeline pipeline = new DanishPipeline(models);
        List<String> texts = new ArrayList<>();
        for (Meeting m : corpus.meetings()) {
            for (AgendaItem item : m.items()) {
                texts.add(item.title());
                item.sections().stream().map(Section::text).forEach(texts::add);
            }
        }
        int corpusTokens = texts.stream().mapToInt(t -> pipeline.annotate(t).tokenCount()).sum();
        out.printf("models loaded in %.0f ms; corpus: %d texts, %d tokens; budget %d tokens per run%n",
                loadMs, texts.size(), corpusTokens, tokenBudget);
        annotate(pipeline, texts, Math.min(tokenBudget, 200_000), 1); // warm-up
        for (int threads : new int[]{1, 2}) {
            long start = System.nanoTime();
            long tokens = annotate(pipeline, texts, tokenBudget, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("%d thread%s: %,d tokens in %.2f s = %,.0f tokens/s (%,.0f per thread)%n", threads,
                    threads == 1 ? "" : "s", tokens, seconds, tokens / seconds, tokens / seconds / threads);
        }
    }

    /** Annotates the texts round-robin on {@code threads} threads until together they pass the budget. */
    private static long annotate(DanishPipeline pipeline, List<String> texts, int budget, int threads) throws Exception {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    while (done.get() < budget) {
                        String text = texts.get(Math.floorMod(next.getAndIncrement(), texts.size()));
                        done.addAndGet(pipeline.annotate(text).tokenCount());
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return done.get();
    }
}
