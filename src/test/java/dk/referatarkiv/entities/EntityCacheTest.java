package dk.referatarkiv.entities;

import dk.referatarkiv.ingest.MeetingFailures;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.nlp.DanishPipeline;
import dk.referatarkiv.nlp.NlpModels;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11: entities of unchanged items come from the cache, equal to a fresh extraction of the bundled minutes, and
 * persons are still resolved across the whole archive.
 */
class EntityCacheTest {

    private static final String MODELS_KEY = "models-1";
    private static DanishPipeline pipeline;
    private static NlpModels models;
    private static OrganisationGazetteer gazetteer;
    private static AnnotatedCorpus annotated;
    private static CorpusEntities fresh;
    /** Items plus meeting headers of the bundled corpus: one look-up each. */
    private static int entries;
    /** Distinct entries: two items with the same title, texts and meeting date share one. */
    private static int distinct;

    @TempDir
    Path tmp;

    @BeforeAll
    static void extract() throws IOException {
        pipeline = TestData.pipeline();
        models = NlpModels.load(TestData.MODELS);
        gazetteer = TestData.gazetteer();
        annotated = AnnotatedCorpus.annotate(TestData.load(TestData.CORPUS), pipeline);
        fresh = CorpusEntities.extract(annotated, models, gazetteer);
        entries = fresh.items().size();
        EntityCache cache = EntityCache.empty(MODELS_KEY);
        extract(annotated, cache);
        distinct = cache.usedCount();
    }

    @Test
    void cachedEntitiesAreTheExtractedOnesWithPersonsResolvedAcrossTheArchive() throws IOException {
        Path file = tmp.resolve(EntityCache.FILE);
        EntityCache first = EntityCache.empty(MODELS_KEY);
        assertSame(fresh, extract(annotated, first));
        assertEquals(entries, first.misses());
        first.save(file);

        EntityCache second = EntityCache.load(file, MODELS_KEY);
        assertEquals(distinct, second.size());
        assertSame(fresh, extract(annotated, second));
        assertEquals(entries, second.hits());
        assertEquals(0, second.misses(), "no item is extracted again");
        assertTrue(second.unchanged());
    }

    @Test
    void aChangedItemIsExtractedAgainAndARemovedOneDropsOut() throws IOException {
        Path file = tmp.resolve(EntityCache.FILE);
        EntityCache first = EntityCache.empty(MODELS_KEY);
        extract(annotated, first);
        first.save(file);

        Path corpus = TestData.corpusWith(tmp.resolve("corpus"));
        Files.delete(corpus.resolve("chefforum-2023-05-10.txt"));
        // a person and an amount added to the last section of the last item
        Files.writeString(corpus.resolve("chefforum-2024-02-14.txt"),
                "\nMette Frederiksen oplyste, at 2,5 mio. kr. er afsat.\n", StandardOpenOption.APPEND);
        AnnotatedCorpus changed = AnnotatedCorpus.annotate(TestData.load(corpus), pipeline);
        EntityCache second = EntityCache.load(file, MODELS_KEY);
        CorpusEntities cached = extract(changed, second);
        assertEquals(1, second.misses(), "only the changed item");
        assertSame(CorpusEntities.extract(changed, models, gazetteer), cached);
        second.save(file);
        assertEquals(second.usedCount(), EntityCache.load(file, MODELS_KEY).size(), "the removed file's items dropped");
        assertTrue(second.usedCount() < distinct);
    }

    @Test
    void aCorruptOrForeignCacheIsIgnoredAndWrittenAgain() throws IOException {
        Path file = tmp.resolve(EntityCache.FILE);
        EntityCache first = EntityCache.empty(MODELS_KEY);
        extract(annotated, first);
        first.save(file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0, EntityCache.load(file, "other-models").size(), "other models");
        assertEquals(0, EntityCache.load(file, MODELS_KEY, EntityCache.EXTRACTOR_VERSION + 1).size(), "version bump");
        byte[] garbled = bytes.clone();
        Arrays.fill(garbled, 40, Math.min(garbled.length, 600), (byte) 0xff);
        for (byte[] broken : List.of(Arrays.copyOf(bytes, bytes.length - 7), garbled, new byte[]{1, 2, 3})) {
            Files.write(file, broken);
            EntityCache cache = EntityCache.load(file, MODELS_KEY);
            assertEquals(0, cache.size());
            assertSame(fresh, extract(annotated, cache));
            cache.save(file);
            assertEquals(distinct, EntityCache.load(file, MODELS_KEY).size(), "rewritten whole");
        }
    }

    private static CorpusEntities extract(AnnotatedCorpus corpus, EntityCache cache) {
        return CorpusEntities.extract(corpus, models, gazetteer, MeetingFailures.RETHROW, cache);
    }

    /** Equal entities per item (resolved values included) and the same persons. */
    private static void assertSame(CorpusEntities expected, CorpusEntities actual) {
        assertEquals(expected.items(), actual.items());
        assertEquals(List.copyOf(expected.persons().persons()), List.copyOf(actual.persons().persons()));
    }
}
