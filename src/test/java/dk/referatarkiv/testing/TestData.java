package dk.referatarkiv.testing;

import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.OrganisationGazetteer;
import dk.referatarkiv.index.ArchiveIndex;
import dk.referatarkiv.index.LemmaAnalysis;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.CorpusLoader;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.nlp.DanishPipeline;
import dk.referatarkiv.nlp.NlpModels;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.StandardCopyOption;

/** Paths to the bundled corpus and the test fixtures, and helpers to build corpora and indexes from them. */
public final class TestData {

    /** The real corpus; Maven runs tests from the project directory. */
    public static final Path CORPUS = Path.of("corpus");
    /** The trained models the project ships. */
    public static final Path MODELS = Path.of("models");
    /** The shared NLP training data; tests that need it skip when it is absent. */
    public static final Path NLP_DATA = Path.of("../shared/nlp-data");
    /** Real-world minutes with a structure gold (development part); tests that need it skip when it is absent. */
    public static final Path REALWORLD = Path.of("../shared/realworld");

    /** The shared development gold over the bundled corpus; tests that need it skip when it is absent. */
    public static final Path SHARED_EVAL = Path.of("../shared/eval");

    /** Made-up minutes of three municipalities (test resources, for {@link #corpusOf}): a council and a committee. */
    public static final String SOEHOLM = "fixtures/qa/soeholm-byraad-2021-03-12.txt";
    public static final String BAKKEBY = "fixtures/qa/bakkeby-oekonomiudvalget-2022-06-03.txt";
    public static final String RAVNSOE = "fixtures/qa/ravnsoe-byraadet-2024-02-21.txt";
    /** Made-up minutes whose two substitute sentences differ only by the party list that calls the substitute in. */
    public static final String LINDBY = "fixtures/qa/lindby-byraadet-2025-01-14.txt";
    /** A made-up council meeting without item numbers, whose decision departs from the recommendation. */
    public static final String HEDEBY = "fixtures/qa/hedeby-byraadet-2024-11-18.txt";
    /** Made-up minutes whose participants are listed with their organisation in brackets, one bracket left open. */
    public static final String AABY = "fixtures/qa/aaby-folkeoplysningsudvalget-2022-03-01.txt";
    /** Made-up minutes whose item titles name topics, not outcomes, and whose members are listed without parties. */
    public static final String NOERREVIG = "fixtures/qa/noerrevig-teknisk-udvalg-2025-05-13.txt";
    /**
     * Made-up committee minutes that do not name their municipality, with names introduced by a sentence and a label
     * ending in colons, and an item title that writes a club's name in the nominative.
     */
    public static final String UNSTATED = "fixtures/qa/teknik-og-miljoeudvalget-2023-05-04.txt";
    /**
     * Made-up council minutes written the ways {@code WritingConventionsQaTest} asks about: street addresses (in a title,
     * after "på"), two substitutes, a town written "X by", a sentence continued by "Dette …", an owner before "som
     * ejer", questions under labels ending in colons and an indirect "hvilken" question over its answer.
     */
    public static final String LINDHOLT = "fixtures/qa/lindholt-byraadet-2026-09-15.txt";

    private TestData() {
    }

    /** A file of the shared development gold ({@code ../shared/eval}); the calling test is skipped when it is absent. */
    public static Path sharedEval(String name) {
        Path file = SHARED_EVAL.resolve(name);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(file), file + " is absent");
        return file;
    }

    /** A file or directory under {@code src/test/resources}. */
    public static Path resource(String name) {
        URL url = TestData.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String read(String name) {
        try {
            return Files.readString(resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled corpus plus the named fixtures, copied into {@code directory}. */
    public static Path corpusWith(Path directory, String... fixtures) throws IOException {
        Files.createDirectories(directory);
        try (var files = Files.list(CORPUS)) {
            for (Path f : files.toList()) {
                Files.copy(f, directory.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return corpusOf(directory, fixtures);
    }

    /**
     * {@code count} texts of up to {@code maxLength} characters drawn from {@code alphabet}, the same for the same
     * seed: for holding a hand-written pass over text to the rule it replaces.
     */
    public static List<String> randomTexts(long seed, String alphabet, int maxLength, int count) {
        java.util.Random random = new java.util.Random(seed);
        List<String> texts = new java.util.ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    /** The quality floors of {@code eval/expected-metrics.properties}. */
    public static java.util.Properties floors() {
        java.util.Properties floors = new java.util.Properties();
        try (var in = Files.newInputStream(resource("eval/expected-metrics.properties"))) {
            floors.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return floors;
    }

    /** Copies the named resources into {@code directory} (created if needed) and returns it. */
    public static Path corpusOf(Path directory, String... resources) throws IOException {
        Files.createDirectories(directory);
        for (String name : resources) {
            Path source = resource(name);
            Files.copy(source, directory.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        return directory;
    }

    public static Corpus load(Path directory) throws IOException {
        return new CorpusLoader().load(directory);
    }

    /** The pipeline on the shipped models (loaded once per test JVM). */
    public static DanishPipeline pipeline() {
        return new DanishPipeline(NlpModels.load(MODELS));
    }

    /** The shipped organisation gazetteer. */
    public static OrganisationGazetteer gazetteer() throws IOException {
        return OrganisationGazetteer.read(MODELS.resolve(OrganisationGazetteer.FILE));
    }

    /** The entities of a corpus, with the shipped models and gazetteer. */
    public static CorpusEntities entitiesOf(AnnotatedCorpus annotated) throws IOException {
        return CorpusEntities.extract(annotated, NlpModels.load(MODELS), gazetteer());
    }

    /** The corpus of an update and its entities. */
    public record Annotated(AnnotatedCorpus corpus, CorpusEntities entities) {
    }

    /**
     * Removes {@code resource}'s file from {@code folder} and updates the index to the corpus left: exactly one meeting
     * removed, its documents still in their segment as deletions (checked). Returns the corpus left, annotated.
     */
    public static Annotated updateWithout(ArchiveIndex index, Path folder, String resource) throws IOException {
        Files.delete(folder.resolve(Path.of(resource).getFileName()));
        AnnotatedCorpus without = AnnotatedCorpus.annotate(load(folder), pipeline());
        CorpusEntities entities = entitiesOf(without);
        int removed = index.update(without, entities).removed();
        boolean deletions = index.withSearcher(s -> s.getIndexReader().hasDeletions());
        if (removed != 1 || !deletions) {
            throw new AssertionError("the update removed " + removed + " meetings; deletions in a segment: " + deletions);
        }
        return new Annotated(without, entities);
    }

    /**
     * The archive of {@code corpus} with its index in {@code indexDir}, on the shipped models, with the command's
     * output discarded; {@code rebuild} forces a fresh index.
     */
    public static OpenArchive openArchive(Path corpus, Path indexDir, boolean rebuild) throws IOException {
        return OpenArchive.open(new OpenArchive.Locations(corpus, indexDir, MODELS), rebuild,
                new PrintStream(OutputStream.nullOutputStream()));
    }

    /** A lemma-analysed index of the corpus in {@code indexDir}, built now. */
    public static ArchiveIndex indexOf(Corpus corpus, Path indexDir) throws IOException {
        DanishPipeline pipeline = pipeline();
        ArchiveIndex index = ArchiveIndex.open(indexDir, new LemmaAnalysis(pipeline));
        AnnotatedCorpus annotated = AnnotatedCorpus.annotate(corpus, pipeline);
        index.rebuild(annotated, entitiesOf(annotated));
        return index;
    }
}
