package dk.referatarkiv.nlp;

import dk.referatarkiv.testing.TestData;
import opennlp.tools.formats.conllu.ConlluSentence;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training smoke test on a slice of UD Danish-DDT; skipped when the shared training data is absent. */
class DanishModelTrainerTest {

    private static final Path DEV = TestData.NLP_DATA.resolve("ud-danish-ddt/da_ddt-ud-dev.conllu");
    private static final Path DANPLUS = TestData.NLP_DATA.resolve("danplus/da_news_train.tsv");

    @BeforeAll
    static void needsTrainingData() {
        Assumptions.assumeTrue(Files.isRegularFile(DEV) && Files.isRegularFile(DANPLUS),
                "UD Danish-DDT or DaN+ not found under " + TestData.NLP_DATA + "; skipping");
    }

    @Test
    void trainsEveryModelAndTheyLoadAsAPipeline(@TempDir Path dir) throws IOException {
        List<ConlluSentence> slice = Conllu.read(List.of(DEV)).subList(0, 150);
        DanishModelTrainer trainer = new DanishModelTrainer();
        trainer.trainSentenceDetector(slice).serialize(dir.resolve(NlpModels.SENTENCE_FILE));
        trainer.trainTokenizer(slice).serialize(dir.resolve(NlpModels.TOKEN_FILE));
        POSModel pos = trainer.trainTagger(slice);
        pos.serialize(dir.resolve(NlpModels.POS_FILE));
        trainer.trainLemmatizer(slice).serialize(dir.resolve(NlpModels.LEMMA_FILE));
        Files.writeString(dir.resolve(NlpModels.LEMMA_LEXICON_FILE), "hus\tNOUN\thus\n");
        List<DanPlus.Sentence> names = DanPlus.read(DANPLUS).subList(0, 300);
        trainer.trainNameFinder(DanPlus.nameSamples(names)).serialize(dir.resolve(NlpModels.NER_FILE));

        // The lexicon feature generator is named in the model's descriptor and found again on load.
        String[] tags = new POSTaggerME(new POSModel(dir.resolve(NlpModels.POS_FILE))).tag(new String[]{"Huset", "er", "rødt", "."});
        assertEquals(4, tags.length);
        assertEquals("PUNCT", tags[3]);
        AnnotatedText text = new DanishPipeline(NlpModels.load(dir)).annotate("Huset er rødt. Det er stort.");
        assertTrue(text.tokenCount() >= 8, text.toString());
    }
}
