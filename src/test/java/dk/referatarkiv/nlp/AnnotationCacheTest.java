package dk.referatarkiv.nlp;

import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnnotationCacheTest {

    private static final String A = "Kommunaldirektøren indstiller, at budget 2025 godkendes. Beslutning: Godkendt.";
    private static final String B = "Netværket Ensomme ældre ledes af Anna Holm.";
    private static final String LONG = "Ordet gentages. ".repeat(6000); // longer than one 64 kB string

    @TempDir
    Path dir;

    @Test
    void annotationsComeBackEqualAndAreNotMadeAgain() throws Exception {
        DanishPipeline pipeline = TestData.pipeline();
        AtomicInteger calls = new AtomicInteger();
        Function<String, AnnotatedText> counting = t -> {
            calls.incrementAndGet();
            return pipeline.annotate(t);
        };
        Path file = dir.resolve(AnnotationCache.FILE);
        AnnotationCache first = AnnotationCache.empty("m1");
        Function<String, AnnotatedText> annotator = first.through(counting);
        AnnotatedText a = annotator.apply(A);
        AnnotatedText b = annotator.apply(B);
        AnnotatedText longText = annotator.apply(LONG);
        first.save(file);
        assertEquals(3, calls.get());

        AnnotationCache second = AnnotationCache.load(file, "m1");
        Function<String, AnnotatedText> cached = second.through(counting);
        assertEquals(a, cached.apply(A));
        assertEquals(b, cached.apply(B));
        assertEquals(longText, cached.apply(LONG));
        assertEquals(3, calls.get(), "no text is annotated twice");
        assertEquals(3, second.hits());
        assertEquals(0, second.misses());
    }

    @Test
    void textsNotAskedForAreDroppedOnSave() throws Exception {
        Path file = dir.resolve(AnnotationCache.FILE);
        AnnotationCache first = AnnotationCache.empty("m1");
        Function<String, AnnotatedText> annotator = first.through(TestData.pipeline()::annotate);
        annotator.apply(A);
        annotator.apply(B);
        first.save(file);
        AnnotationCache second = AnnotationCache.load(file, "m1");
        second.through(TestData.pipeline()::annotate).apply(A); // B's file was removed
        second.save(file);
        assertEquals(1, AnnotationCache.load(file, "m1").size());
    }

    @Test
    void otherModelsAndDamagedFilesGiveAnEmptyCache() throws Exception {
        Path file = dir.resolve(AnnotationCache.FILE);
        AnnotationCache first = AnnotationCache.empty("m1");
        first.through(TestData.pipeline()::annotate).apply(A);
        first.save(file);
        assertEquals(1, AnnotationCache.load(file, "m1").size());
        assertEquals(0, AnnotationCache.load(file, "m2").size());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(0, AnnotationCache.load(file, "m1").size());
        Files.writeString(file, "no cache here");
        assertEquals(0, AnnotationCache.load(file, "m1").size());
        assertEquals(0, AnnotationCache.load(dir.resolve("missing.bin"), "m1").size());
    }

    @Test
    void theModelsKeyChangesWithAModelFile() throws Exception {
        Path models = Files.createDirectory(dir.resolve("models"));
        Files.writeString(models.resolve("pos.bin"), "one");
        String before = AnnotationCache.key(models);
        Files.writeString(models.resolve("pos.bin"), "two");
        String after = AnnotationCache.key(models);
        org.junit.jupiter.api.Assertions.assertNotEquals(before, after);
    }
}
