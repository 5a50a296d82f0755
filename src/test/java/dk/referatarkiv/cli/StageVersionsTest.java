package dk.referatarkiv.cli;

import dk.referatarkiv.entities.EntityCache;
import dk.referatarkiv.nlp.AnnotationCache;
import dk.referatarkiv.testing.GoldenDigests;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the NLP pipeline and the entity extractors make changes only with their versions
 * ({@link AnnotationCache#PIPELINE_VERSION}, {@link EntityCache#EXTRACTOR_VERSION}) or the models: their caches are
 * kept under those, so a stage that makes something else of the same text under the same version and models would
 * go on being served its old output. The two caches the bundled corpus and the made-up minutes make are recorded as
 * digests in {@code golden/stages.properties}, under the versions and the models key; a change fails here until the
 * version is bumped (or, for new models, the digests recorded under the new models key).
 */
class StageVersionsTest {

    private static final String GOLDEN = "/golden/stages.properties";

    @TempDir
    Path tmp;

    @Test
    void theStagesChangeOnlyWithTheirVersionsAndModels() throws IOException {
        Path corpus = TestData.corpusWith(tmp.resolve("corpus"), TestData.SOEHOLM, TestData.BAKKEBY, TestData.RAVNSOE);
        TestData.openArchive(corpus, tmp.resolve("index"), true).close();
        String models = AnnotationCache.key(TestData.MODELS).replace(':', '-');
        List<String> wrong = new ArrayList<>();
        GoldenDigests.mismatch(GOLDEN, "annotation." + AnnotationCache.PIPELINE_VERSION + "." + models,
                GoldenDigests.of(tmp.resolve("index").resolve(AnnotationCache.FILE)),
                "bump AnnotationCache.PIPELINE_VERSION (annotation caches written before are then ignored)")
                .ifPresent(wrong::add);
        GoldenDigests.mismatch(GOLDEN, "entity." + EntityCache.EXTRACTOR_VERSION + "."
                        + AnnotationCache.PIPELINE_VERSION + "." + models,
                GoldenDigests.of(tmp.resolve("index").resolve(EntityCache.FILE)),
                "bump EntityCache.EXTRACTOR_VERSION (entity caches written before are then ignored)")
                .ifPresent(wrong::add);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
