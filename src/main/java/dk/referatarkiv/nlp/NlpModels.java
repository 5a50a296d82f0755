package dk.referatarkiv.nlp;

import dk.referatarkiv.internal.DanishLexicon;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trained Danish models of one models directory, loaded once per process and shared: a second
 * {@link #load(Path)} of the same directory returns the same instance. Models are immutable and thread-safe; the
 * tools built from them use OpenNLP's thread-safe wrappers.
 */
public record NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas,
                        LemmaLexicon lemmaLexicon, TokenNameFinderModel names, long loadMillis) {

    public static final String SENTENCE_FILE = "da-sent.bin";
    public static final String TOKEN_FILE = "da-token.bin";
    public static final String POS_FILE = "da-pos.bin";
    public static final String LEMMA_FILE = "da-lemma.bin";
    public static final String LEMMA_LEXICON_FILE = "da-lemma-lexicon.tsv";
    public static final String NER_FILE = "da-ner.bin";

    private static final Map<Path, NlpModels> LOADED = new ConcurrentHashMap<>();

    /** The models in {@code directory}, read on first use. */
    public static NlpModels load(Path directory) {
        return LOADED.computeIfAbsent(directory.toAbsolutePath().normalize(), NlpModels::read);
    }

    private static NlpModels read(Path directory) {
        long start = System.nanoTime();
        try {
            NlpModels models = new NlpModels(
                    new SentenceModel(file(directory, SENTENCE_FILE)),
                    new TokenizerModel(file(directory, TOKEN_FILE)),
                    new POSModel(file(directory, POS_FILE)),
                    new LemmatizerModel(file(directory, LEMMA_FILE)),
                    LemmaLexicon.read(file(directory, LEMMA_LEXICON_FILE)),
                    new TokenNameFinderModel(file(directory, NER_FILE)),
                    0);
            DanishLexicon.get();
            return new NlpModels(models.sentences, models.tokens, models.pos, models.lemmas, models.lemmaLexicon,
                    models.names, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the Danish models from " + directory.toAbsolutePath()
                    + " (run 'train' to make them): " + e.getMessage(), e);
        }
    }

    private static Path file(Path directory, String name) throws IOException {
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IOException("missing model file " + file);
        }
        return file;
    }
}
