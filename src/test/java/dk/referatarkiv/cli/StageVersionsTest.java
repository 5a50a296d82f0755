package dk.referatarkiv.cli;

import dk.referatarkiv.entities.EntityCache;
import dk.referatarkiv.nlp.AnnotationCache;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertNotNull;
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
    void theStagesChangeOnlyWithTheirVersionsAndModels() throws IOException, NoSuchAlgorithmException {
        Path corpus = TestData.corpusWith(tmp.resolve("corpus"), TestData.SOEHOLM, TestData.BAKKEBY, TestData.RAVNSOE);
        TestData.openArchive(corpus, tmp.resolve("index"), true).close();
        String models = AnnotationCache.key(TestData.MODELS).replace(':', '-');
        Properties golden = new Properties();
        try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
            assertNotNull(in, GOLDEN);
            golden.load(in);
        }
        List<String> wrong = new ArrayList<>();
        check(golden, "annotation." + AnnotationCache.PIPELINE_VERSION + "." + models,
                tmp.resolve("index").resolve(AnnotationCache.FILE), "AnnotationCache.PIPELINE_VERSION", wrong);
        check(golden, "entity." + EntityCache.EXTRACTOR_VERSION + "." + AnnotationCache.PIPELINE_VERSION + "." + models,
                tmp.resolve("index").resolve(EntityCache.FILE), "EntityCache.EXTRACTOR_VERSION", wrong);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static void check(Properties golden, String key, Path cache, String version, List<String> wrong)
            throws IOException, NoSuchAlgorithmException {
        String made = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(cache)));
        String recorded = golden.getProperty(key);
        if (recorded == null) {
            wrong.add("no digest recorded for " + key + " in " + GOLDEN + "; the stage gives " + made);
        } else if (!recorded.equals(made)) {
            wrong.add("the cache " + cache.getFileName() + " changed under " + key + ": bump " + version
                    + " (caches written before are then ignored) and record " + key + "=" + made + " (with the new"
                    + " version) in " + GOLDEN);
        }
    }
}
