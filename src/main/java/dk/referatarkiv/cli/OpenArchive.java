package dk.referatarkiv.cli;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.EntityCache;
import dk.referatarkiv.entities.OrganisationGazetteer;
import dk.referatarkiv.entities.PersonResolver;
import dk.referatarkiv.index.Fields;
import dk.referatarkiv.people.People;
import dk.referatarkiv.qa.AnswerSettings;
import dk.referatarkiv.qa.QuestionAnswerer;
import dk.referatarkiv.qa.SentencePreparer;
import dk.referatarkiv.qa.Synonyms;
import dk.referatarkiv.index.ArchiveIndex;
import dk.referatarkiv.index.IndexCounters;
import dk.referatarkiv.index.LemmaAnalysis;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.CorpusLoader;
import dk.referatarkiv.ingest.FileReport;
import dk.referatarkiv.ingest.IngestProblem;
import dk.referatarkiv.ingest.ParseCache;
import dk.referatarkiv.internal.CodeIdentity;
import dk.referatarkiv.internal.OnOwnThread;
import dk.referatarkiv.internal.Memoized;
import dk.referatarkiv.nlp.AnnotationCache;
import dk.referatarkiv.nlp.DanishPipeline;
import dk.referatarkiv.nlp.NlpModels;
import dk.referatarkiv.search.ArchiveSearcher;
import dk.referatarkiv.web.WebApp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The archive ready to search: the corpus read, the index opened and, when missing or built from another corpus,
 * (re)built. Commands that need the archive open it here so that they agree on what is current.
 */
public record OpenArchive(Corpus corpus, DanishPipeline pipeline, CorpusEntities entities, People people,
                          ArchiveIndex index, ArchiveSearcher searcher, Supplier<QuestionAnswerer> answers,
                          Resources resources)
        implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(OpenArchive.class);

    /** Where the archive's parts are. */
    public record Locations(Path corpus, Path index, Path models) {
    }

    /**
     * What an opened archive keeps to read its corpus again: where things are, the loaded models, and which build of
     * the program this is (empty when that cannot be told; then no stored analysis is trusted).
     */
    public record Resources(Locations at, NlpModels models, OrganisationGazetteer gazetteer, Synonyms synonyms,
                            String modelsKey, Optional<String> code) {
    }

    /**
     * @param forceRebuild rebuild even when the index is current
     */
    public static OpenArchive open(Locations at, boolean forceRebuild, PrintStream out) throws IOException {
        return open(at, forceRebuild, false, out);
    }

    /**
     * @param forceRebuild  rebuild even when the index is current
     * @param replaceOther  allow replacing an index that was built from another corpus folder (without it, such an
     *                      index is never overwritten: the command stops and says so)
     */
    public static OpenArchive open(Locations at, boolean forceRebuild, boolean replaceOther, PrintStream out)
            throws IOException {
        long start = System.nanoTime();
        // The models load (0.3 s at a start), and the code's identity (a digest of the jar's directory, 0.15 s cold) is
        // worked out, each on a thread of its own while this one reads the corpus (2-3 s at 10^5 items).
        CompletableFuture<NlpModels> loadingModels = OnOwnThread.start("referatarkiv-models",
                () -> NlpModels.load(at.models()));
        CompletableFuture<Optional<String>> identifyingCode = OnOwnThread.start("referatarkiv-code-identity",
                () -> CodeIdentity.of(OpenArchive.class));
        String modelsKey = AnnotationCache.key(at.models());
        String commit = ArchiveIndex.commitId(at.index());
        CompletableFuture<Optional<String>> buildKeying = identifyingCode.thenApply(code -> forceRebuild
                ? Optional.empty() : AnalysisSnapshot.buildKey(modelsKey, code, commit));
        // The analysis the last build stored is read while the corpus is (the two take as long at 10^5 items), when
        // it was made by this program with these models after the index's last commit; whether it is this corpus's
        // is known after the corpus is read.
        AnalysisSnapshot.Pending stored = forceRebuild ? AnalysisSnapshot.Pending.NONE
                : AnalysisSnapshot.readInBackground(at.index().resolve(AnalysisSnapshot.FILE),
                        () -> OnOwnThread.join(buildKeying));
        // Files whose bytes and settings are unchanged since the last run come parsed from the cache.
        ParseCache parseCache = ParseCache.load(at.index().resolve(ParseCache.FILE));
        Corpus loaded = new CorpusLoader().load(at.corpus(), parseCache);
        long readMillis = (System.nanoTime() - start) / 1_000_000;
        Optional<String> code = OnOwnThread.join(identifyingCode);
        Optional<String> buildKey = OnOwnThread.join(buildKeying);
        NlpModels models = OnOwnThread.join(loadingModels);
        DanishPipeline pipeline = new DanishPipeline(models);
        OrganisationGazetteer gazetteer = OrganisationGazetteer.read(at.models().resolve(OrganisationGazetteer.FILE));
        Resources resources = new Resources(at, models, gazetteer, Synonyms.read(at.models().resolve(Synonyms.FILE)),
                modelsKey, code);
        // Each item's sentences are prepared for the question answerer as it is indexed, and stored with it.
        ArchiveIndex index = ArchiveIndex.open(at.index(), new LemmaAnalysis(pipeline), new SentencePreparer());
        try {
            String source = folderName(at.corpus());
            index.source(source);
            String builtFrom = index.builtFrom().orElse(source);
            if (!builtFrom.equals(source) && !replaceOther) {
                throw new IOException("the index in " + at.index().toAbsolutePath() + " was built from the corpus "
                        + "folder " + builtFrom + ", not " + source + "; give --index another directory, or add "
                        + "--rebuild to replace it");
            }
            Write write = forceRebuild ? Write.REBUILD
                    : index.isCurrent(loaded.fingerprint()) ? Write.NONE : Write.UPDATE;
            CorpusRead read = new CorpusRead(parseCache, readMillis);
            Optional<AnalysisSnapshot.Analysis> current = Optional.empty();
            if (write == Write.NONE) {
                current = current(stored.take(), buildKey, loaded, index, resources);
            } else {
                stored.discard(); // not kept reachable while the build computes the analysis
            }
            if (current.isPresent()) {
                return fromStoredAnalysis(loaded, read, current.get(), pipeline, index, resources, out);
            }
            return build(loaded, read, write, pipeline, index, resources, out, start);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /**
     * The stored analysis, read under {@code readUnder}, when it is this corpus's and the index's last commit is still
     * the one it was read for.
     */
    private static Optional<AnalysisSnapshot.Analysis> current(Optional<AnalysisSnapshot.Stored> stored,
                                                               Optional<String> readUnder, Corpus loaded,
                                                               ArchiveIndex index, Resources resources)
            throws IOException {
        // the index is now open (and ours): its commit is read again, in case it moved between the two looks
        Optional<String> now = AnalysisSnapshot.buildKey(resources.modelsKey(), resources.code(), index.commitId());
        return readUnder.equals(now) ? stored.filter(s -> s.fingerprint().equals(loaded.fingerprint()))
                .map(AnalysisSnapshot.Stored::analysis) : Optional.empty();
    }

    /** The archive of a current index served with the analysis its build stored: nothing is computed again. */
    private static OpenArchive fromStoredAnalysis(Corpus loaded, CorpusRead read, AnalysisSnapshot.Analysis analysis,
                                                  DanishPipeline pipeline, ArchiveIndex index, Resources resources,
                                                  PrintStream out) {
        // one line, starting "read the analysis", which bench scale quotes as the server's start-up work
        out.printf("read the analysis of the last build while the corpus was read in %d ms (%d files from the parse "
                        + "cache, %d parsed) (models loaded in %d ms)%n", read.millis(), read.cache().hits(),
                read.cache().misses(), resources.models().loadMillis());
        Corpus corpus = loaded.withFailures(analysis.failures());
        out.printf("index in %s is current: %d meetings, %d items%n", resources.at().index(), corpus.meetings().size(),
                corpus.itemCount());
        saveQuietly(read.cache()::unchanged, read.cache()::save, resources.at().index().resolve(ParseCache.FILE));
        return served(corpus, analysis.entities(), analysis.people(), pipeline, index, resources);
    }

    /**
     * The archive after the corpus folder changed: this one when the index is still current, else a new one built
     * on the same index and models (the meetings whose documents changed are written to the index in one commit;
     * texts already annotated come from the cache). When the build fails this archive is unchanged and goes on serving; the caller decides what to report.
     */
    public OpenArchive reload(PrintStream out) throws IOException {
        long start = System.nanoTime();
        CorpusLoader loader = new CorpusLoader();
        ParseCache parseCache = ParseCache.load(resources.at().index().resolve(ParseCache.FILE));
        // the files tell whether anything changed; parsing every file only to find out would cost a full read
        if (index.isCurrent(loader.fingerprint(resources.at().corpus(), parseCache))) {
            return this;
        }
        Corpus loaded = loader.load(resources.at().corpus(), parseCache);
        CorpusRead read = new CorpusRead(parseCache, (System.nanoTime() - start) / 1_000_000);
        return build(loaded, read, Write.UPDATE, pipeline, index, resources, out, start);
    }

    /** How the corpus was read: the parse cache it went through, and the time it took. */
    private record CorpusRead(ParseCache cache, long millis) {
    }

    /**
     * What a build does to the index: nothing (it is current), write only the meetings that changed, or write
     * everything anew (asked for with --rebuild).
     */
    private enum Write { NONE, UPDATE, REBUILD }

    /** The analysis computed (annotations and entities from their caches where current), the index written when asked. */
    private static OpenArchive build(Corpus loaded, CorpusRead read, Write write, DanishPipeline pipeline,
                                     ArchiveIndex index, Resources resources, PrintStream out, long start)
            throws IOException {
        Locations at = resources.at();
        // The entities are kept in memory for the API (items, persons, entities); the annotations only for this
        // build. Texts annotated by an earlier run (same models, same pipeline code) come from the cache. A file a
        // stage fails on is left out (and reported), never the run.
        // Entities per item come from their cache the same way (persons are still resolved across the archive).
        Path cacheFile = at.index().resolve(AnnotationCache.FILE);
        AnnotationCache cache = AnnotationCache.load(cacheFile, resources.modelsKey());
        Path entityCacheFile = at.index().resolve(EntityCache.FILE);
        EntityCache entityCache = EntityCache.load(entityCacheFile, resources.modelsKey());
        IsolatedStages stages = new IsolatedStages(IsolatedStages.Stages.of(cache.through(pipeline::annotate),
                resources.models(), resources.gazetteer(), entityCache));
        // With a current index, the meetings its build left out stay out (the API agrees with the index).
        IsolatedStages.Result analysed = stages.analyse(loaded, write != Write.NONE ? Map.of() : index.leftOut());
        boolean asAStartComputes = true;
        // one line, starting "annotated", which bench scale quotes as the server's start-up work
        ParseCache parseCache = read.cache();
        out.printf("annotated %d tokens in %d ms (%d texts from the annotation cache, %d annotated), extracted "
                        + "entities in %d ms (%d items and headers from the entity cache, %d extracted), read the "
                        + "corpus in %d ms (%d files from the parse cache, %d parsed) (models loaded in %d ms)%n",
                analysed.annotated().tokenCount(), analysed.annotated().millis(), cache.hits(), cache.misses(),
                analysed.entities().millis(), entityCache.hits(), entityCache.misses(),
                read.millis(), parseCache.hits(), parseCache.misses(), resources.models().loadMillis());
        if (write != Write.NONE) {
            // The annotations' key lets an update pass over the meetings whose inputs are unchanged, unmade.
            IndexCounters counters = write == Write.REBUILD
                    ? index.rebuild(analysed.annotated(), analysed.entities(), cache.annotationsKey())
                    : index.update(analysed.annotated(), analysed.entities(), cache.annotationsKey());
            IsolatedStages.Result computed = analysed;
            analysed = stages.leftOutOfIndex(analysed, counters.leftOut());
            // Meetings the index refused after the fact leave the analysis made without them (persons resolved
            // from what remained), which is not what the next start computes: that one is stored instead.
            asAStartComputes = analysed == computed;
            printReports(analysed.corpus(), out);
            printSummary(analysed.corpus(), counters, (System.nanoTime() - start) / 1e9, out);
        } else {
            out.printf("index in %s is current: %d meetings, %d items%n", at.index(),
                    analysed.corpus().meetings().size(), analysed.corpus().itemCount());
        }
        saveQuietly(cache::unchanged, cache::save, cacheFile);
        saveQuietly(parseCache::unchanged, parseCache::save, at.index().resolve(ParseCache.FILE));
        saveQuietly(entityCache::unchanged, entityCache::save, entityCacheFile);
        IsolatedStages.Result result = analysed;
        boolean store = asAStartComputes;
        // under the key of the commit just made, when the build wrote one
        saveQuietly(() -> !store, file -> {
            Optional<String> buildKey = AnalysisSnapshot.buildKey(resources.modelsKey(), resources.code(),
                    index.commitId());
            if (buildKey.isPresent()) {
                AnalysisSnapshot.save(file, buildKey.get(), loaded.fingerprint(), result.failures(), result.entities(),
                        result.people());
            }
        }, at.index().resolve(AnalysisSnapshot.FILE));
        return served(analysed.corpus(), analysed.entities(), analysed.people(), pipeline, index, resources);
    }

    /** The archive that serves this analysis of the corpus from the index. */
    private static OpenArchive served(Corpus corpus, CorpusEntities entities, People people, DanishPipeline pipeline,
                                      ArchiveIndex index, Resources resources) {
        ArchiveSearcher searcher = new ArchiveSearcher(index, facetLabels(entities));
        // The answerer reads its sentences from the index as questions need them (none are held here, and the
        // annotations are not kept); it is made when first asked for, so that the index command, which asks no
        // questions, does not pay for its question grammar.
        Supplier<QuestionAnswerer> answerer = new Memoized<>(() -> new QuestionAnswerer(corpus, entities, people,
                pipeline, resources.gazetteer(), resources.synonyms(), index, searcher, AnswerSettings.DEFAULTS));
        return new OpenArchive(corpus, pipeline, entities, people, index, searcher, answerer, resources);
    }

    private static String folderName(Path folder) {
        try {
            return folder.toRealPath().toString();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize().toString();
        }
    }

    /** The question answerer, made on the first call. */
    public QuestionAnswerer answerer() {
        return answers.get();
    }

    /** The parts the web layer serves; the question answerer is made when first asked for (see {@link #answerer}). */
    public WebApp.Services services() {
        return new WebApp.Services(corpus, entities, people, index, searcher, answers, resources.at().corpus());
    }

    /** How a cache writes itself. */
    @FunctionalInterface
    private interface CacheWriter {
        void save(Path file) throws IOException;
    }

    /** A cache is an optimisation: failing to write it costs the next start time, never this one. */
    private static void saveQuietly(BooleanSupplier unchanged, CacheWriter writer, Path file) {
        if (unchanged.getAsBoolean()) {
            return; // nothing new and nothing dropped
        }
        try {
            writer.save(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not write the cache {}: {}", file, e.toString());
        }
    }

    /** What a person reads for a facet value: a person's name for an id, "Budget 2025" for a budget year. */
    public static BiFunction<String, String, String> facetLabels(CorpusEntities entities) {
        // Built once: the labeller runs for every facet value of every search.
        Map<String, String> names = entities.persons().persons().stream()
                .collect(Collectors.toMap(PersonResolver.Person::id, PersonResolver.Person::name, (a, b) -> a));
        return (dim, value) -> switch (dim) {
            case Fields.FACET_PERSON -> names.getOrDefault(value, value);
            case Fields.FACET_BUDGET_YEAR -> "Budget " + value;
            default -> value;
        };
    }

    static void printReports(Corpus corpus, PrintStream out) {
        for (FileReport r : corpus.reports()) {
            switch (r.status()) {
                case INDEXED -> out.printf("  ok       %-32s %-24s %2d items  (%s layout)%n", r.file(),
                        String.join(", ", r.meetingIds()), r.items(), r.layout());
                case SKIPPED -> out.printf("  SKIPPED  %-32s%n", r.file());
                case FAILED -> out.printf("  FAILED   %-32s%n", r.file());
            }
            for (String failure : r.failures()) {
                out.printf("           error: %s%n", failure);
            }
            for (IngestProblem p : r.problems()) {
                out.printf("           %s%s: %s%n", p.severity() == IngestProblem.Severity.ERROR ? "error" : "warning",
                        p.line() > 0 ? " line " + p.line() : "", p.message());
            }
        }
    }

    static void printSummary(Corpus corpus, IndexCounters c, double seconds, PrintStream out) {
        long skippedFiles = corpus.reports().stream().filter(r -> r.status() != FileReport.Status.INDEXED).count();
        out.printf("indexed %d meetings, %d items (+%d meeting headers), %d items skipped, %d files skipped, in %.2f s%s%n",
                c.meetings(), c.items(), c.headers(), c.skipped(), skippedFiles, seconds,
                c.written() == c.meetings() && c.removed() == 0 ? ""
                        : String.format(Locale.ROOT, " (an update, in %.2f s: %d meetings written, %d removed, the others "
                                + "unchanged; documents made for %d meetings)", c.millis() / 1e3, c.written(),
                                c.removed(), c.made()));
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
