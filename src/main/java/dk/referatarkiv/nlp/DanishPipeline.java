package dk.referatarkiv.nlp;

import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * The Danish NLP pipeline: sentences → tokens → UPOS → lemmas, on the project's trained models and the Danish
 * dictionary. Thread-safe: every stage uses OpenNLP's thread-safe wrappers or immutable data.
 */
public final class DanishPipeline {

    private final DanishSentenceSplitter sentences;
    private final DanishTokenizer tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final DanishLemmatizer lemmatizer;

    public DanishPipeline(NlpModels models) {
        this.sentences = new DanishSentenceSplitter(models.sentences());
        this.tokenizer = new DanishTokenizer(models.tokens());
        this.tagger = new ThreadSafePOSTaggerME(models.pos());
        this.lemmatizer = new DanishLemmatizer(models.lemmaLexicon(), DanishLexicon.get(), models.lemmas());
    }

    public AnnotatedText annotate(String text) {
        List<AnnotatedSentence> annotated = new ArrayList<>();
        for (Span sentence : sentences.split(text)) {
            String sentenceText = text.substring(sentence.getStart(), sentence.getEnd());
            List<Span> spans = tokenizer.tokenize(sentenceText);
            if (spans.isEmpty()) {
                continue;
            }
            String[] words = new String[spans.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = spans.get(i).getCoveredText(sentenceText).toString();
            }
            String[] tags = tagger.tag(words);
            String[] lemmas = lemmatizer.lemmatize(words, tags);
            List<Token> tokens = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                int start = sentence.getStart() + spans.get(i).getStart();
                tokens.add(new Token(words[i], start, start + words[i].length(), tags[i], lemmas[i]));
            }
            annotated.add(new AnnotatedSentence(sentence.getStart(), sentence.getEnd(), tokens));
        }
        return new AnnotatedText(text, annotated);
    }

    /** Tags and lemmatises gold tokens of one sentence (for evaluation with given tokenisation). */
    public String[][] tagAndLemmatize(String[] words) {
        String[] tags = tagger.tag(words);
        return new String[][]{tags, lemmatizer.lemmatize(words, tags)};
    }
}
