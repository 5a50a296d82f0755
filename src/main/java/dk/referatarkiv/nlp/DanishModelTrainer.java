package dk.referatarkiv.nlp;

import opennlp.tools.formats.conllu.ConlluLemmaSampleStream;
import opennlp.tools.formats.conllu.ConlluPOSSampleStream;
import opennlp.tools.formats.conllu.ConlluSentence;
import opennlp.tools.formats.conllu.ConlluSentenceSampleStream;
import opennlp.tools.formats.conllu.ConlluTagset;
import opennlp.tools.formats.conllu.ConlluTokenSampleStream;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.lemmatizer.LemmatizerFactory;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Trains the Danish OpenNLP models (sentence detector, tokenizer, UPOS tagger, lemmatizer) from UD treebank sentences.
 * The settings here are the ones the project ships; see {@code models/README.md} for the scores they reach.
 */
public final class DanishModelTrainer {

    static final String LANGUAGE = "da";
    private static final String POS_FEATURES = "/dk/referatarkiv/nlp/pos-features.xml";
    private static final String NER_FEATURES = "/dk/referatarkiv/nlp/ner-features.xml";

    public SentenceModel trainSentenceDetector(List<ConlluSentence> sentences) throws IOException {
        return trainSentenceDetector(sentences, List.of());
    }

    /**
     * Trains the sentence detector on treebank sentences plus extra samples (running text with gold sentence spans,
     * e.g. the DaN+ news sentences, which have boundaries but no POS).
     */
    public SentenceModel trainSentenceDetector(List<ConlluSentence> sentences, List<SentenceSample> extra) throws IOException {
        SentenceDetectorFactory factory = new SentenceDetectorFactory(LANGUAGE, true,
                abbreviationDictionary(), new char[]{'.', '?', '!'});
        // Five sentences per sample: the detector must learn where sentences end inside running text.
        List<SentenceSample> samples = new ArrayList<>();
        ObjectStream<SentenceSample> treebank = new ConlluSentenceSampleStream(Conllu.stream(sentences), 5);
        for (SentenceSample s = treebank.read(); s != null; s = treebank.read()) {
            samples.add(s);
        }
        samples.addAll(extra);
        return SentenceDetectorME.train(LANGUAGE, ObjectStreamUtils.createObjectStream(samples), factory,
                params("MAXENT", 150, 1));
    }

    public TokenizerModel trainTokenizer(List<ConlluSentence> sentences) throws IOException {
        TokenizerFactory factory = new TokenizerFactory(LANGUAGE, abbreviationDictionary(), true,
                Pattern.compile("^[\\p{L}\\p{N}]+$"));
        return TokenizerME.train(new ConlluTokenSampleStream(Conllu.stream(sentences)), factory, params("MAXENT", 150, 1));
    }

    public POSModel trainTagger(List<ConlluSentence> sentences) throws IOException {
        return POSTaggerME.train(LANGUAGE, new ConlluPOSSampleStream(Conllu.stream(sentences), ConlluTagset.U),
                params("PERCEPTRON", 300, 1), new POSTaggerFactory(posFeatures(), Map.of(), null));
    }

    public LemmatizerModel trainLemmatizer(List<ConlluSentence> sentences) throws IOException {
        return LemmatizerME.train(LANGUAGE, new ConlluLemmaSampleStream(Conllu.stream(sentences), ConlluTagset.U),
                params("MAXENT", 150, 1), new LemmatizerFactory());
    }

    /** Trains the name finder (PER, ORG, LOC, MISC) on DaN+ samples. */
    public TokenNameFinderModel trainNameFinder(List<NameSample> samples) throws IOException {
        TokenNameFinderFactory factory = new TokenNameFinderFactory(resource(NER_FEATURES), Map.of(), new BioCodec());
        return NameFinderME.train(LANGUAGE, null, ObjectStreamUtils.createObjectStream(samples),
                params("PERCEPTRON", 300, 1), factory);
    }

    /** Abbreviations that end in a full stop but do not end a sentence, in minutes and in news. */
    public static Dictionary abbreviationDictionary() {
        Dictionary dictionary = new Dictionary(false);
        for (String abbreviation : DanishAbbreviations.ALL) {
            dictionary.put(new StringList(abbreviation));
        }
        return dictionary;
    }

    private static TrainingParameters params(String algorithm, int iterations, int cutoff) {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        return params;
    }

    private static byte[] posFeatures() {
        return resource(POS_FEATURES);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DanishModelTrainer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
