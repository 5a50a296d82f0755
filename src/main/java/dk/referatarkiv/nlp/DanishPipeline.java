package dk.referatarkiv.nlp;

import dk.referatarkiv.internal.DanishLexicon;
import dk.referatarkiv.internal.DanishSpelling;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * The Danish NLP pipeline: sentences → tokens → UPOS → lemmas, on the project's trained models and the Danish
 * dictionary. Thread-safe: every stage uses OpenNLP's thread-safe wrappers or immutable data.
 */
public final class DanishPipeline {

    /**
     * The most tokens a sentence may have; a longer "sentence" is cut into sentences of this size, so that the tagger,
     * the name finder and everything that reads sentences see bounded ones. Real sentences of the minutes and of UD
     * Danish-DDT, which the models learned from, are well under 150 tokens, so the cut only meets run-on text (tables
     * or lists flattened into one line without punctuation). Without it, the tagger's beam search fails on a sequence
     * of tens of thousands of tokens (OpenNLP's {@code BeamSearch} returns a null best sequence), and the name finder
     * takes most of a minute on it.
     */
    public static final int MAX_SENTENCE_TOKENS = 250;

    private final DanishSentenceSplitter sentences;
    private final DanishTokenizer tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final DanishLemmatizer lemmatizer;
    private final LemmaLexicon lemmaLexicon;

    public DanishPipeline(NlpModels models) {
        this.lemmaLexicon = models.lemmaLexicon();
        this.sentences = new DanishSentenceSplitter(models.sentences());
        this.tokenizer = new DanishTokenizer(models.tokens());
        this.tagger = new ThreadSafePOSTaggerME(models.pos());
        this.lemmatizer = new DanishLemmatizer(models.lemmaLexicon(), DanishLexicon.get(), models.lemmas());
    }

    /**
     * Whether the lower-case word is Danish as the models and dictionaries know it: a form of the treebank or of the
     * morphological dictionary, or spelt right by the spelling dictionary (inflections and compounds included).
     */
    public boolean knowsWord(String word) {
        return lemmaLexicon.knows(word) || DanishLexicon.get().hasOrdinaryReading(word) || DanishSpelling.spelt(word);
    }

    public AnnotatedText annotate(String text) {
        List<AnnotatedSentence> annotated = new ArrayList<>();
        for (Span sentence : sentences.split(text)) {
            String sentenceText = text.substring(sentence.getStart(), sentence.getEnd());
            List<Span> spans = tokenizer.tokenize(sentenceText);
            if (spans.isEmpty()) {
                continue;
            }
            for (int from = 0; from < spans.size(); from += MAX_SENTENCE_TOKENS) {
                List<Span> part = spans.subList(from, Math.min(spans.size(), from + MAX_SENTENCE_TOKENS));
                // a whole sentence keeps its span (with its trailing space); a cut one spans its tokens
                int start = from == 0 ? sentence.getStart() : sentence.getStart() + part.get(0).getStart();
                int end = from + part.size() == spans.size() ? sentence.getEnd()
                        : sentence.getStart() + part.get(part.size() - 1).getEnd();
                annotated.add(new AnnotatedSentence(start, end, tokens(sentenceText, sentence.getStart(), part)));
            }
        }
        return new AnnotatedText(text, annotated);
    }

    private List<Token> tokens(String sentenceText, int offset, List<Span> spans) {
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = spans.get(i).getCoveredText(sentenceText).toString();
        }
        String[] tags = tagger.tag(words);
        String[] lemmas = lemmatizer.lemmatize(words, tags);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            int start = offset + spans.get(i).getStart();
            tokens.add(new Token(words[i], start, start + words[i].length(), tags[i], lemmas[i]));
        }
        return tokens;
    }

    /** Tags and lemmatises gold tokens of one sentence (for evaluation with given tokenisation). */
    public String[][] tagAndLemmatize(String[] words) {
        String[] tags = tagger.tag(words);
        return new String[][]{tags, lemmatizer.lemmatize(words, tags)};
    }
}
