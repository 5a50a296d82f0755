package dk.referatarkiv.nlp;

import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Danish NLP pipeline: sentences → tokens → UPOS → lemmas, on the project's trained models and the Danish
 * dictionary. Thread-safe: every stage uses OpenNLP's thread-safe wrappers or immutable data.
 */
public final class DanishPipeline {

    /**
     * The longest token sequence the POS tagger sees at once; longer sentences are tagged in chunks of this size.
     * Real sentences of the minutes and of UD Danish-DDT, which the tagger learned from, are well under 150 tokens,
     * so a 250-token chunk cuts only run-on text (tables or lists flattened into one line without punctuation), where
     * the lost context at a cut costs at most a tag or two. Without the cap, the beam search's log-probabilities of
     * a sequence of tens of thousands of tokens fall below its floor, no sequence survives and the tagger fails
     * (OpenNLP's {@code BeamSearch} returns a null best sequence).
     */
    public static final int MAX_TAGGED_TOKENS = 250;

    /** The tag of a token the tagger could not tag (UD's "other"). */
    static final String UNTAGGED = "X";

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
            String[] tags = tag(words);
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
        String[] tags = tag(words);
        return new String[][]{tags, lemmatizer.lemmatize(words, tags)};
    }

    /** The UPOS tags of a sentence's words, tagged in chunks of at most {@link #MAX_TAGGED_TOKENS}. */
    String[] tag(String[] words) {
        if (words.length <= MAX_TAGGED_TOKENS) {
            return tagChunk(words);
        }
        String[] tags = new String[words.length];
        for (int from = 0; from < words.length; from += MAX_TAGGED_TOKENS) {
            int to = Math.min(words.length, from + MAX_TAGGED_TOKENS);
            System.arraycopy(tagChunk(Arrays.copyOfRange(words, from, to)), 0, tags, from, to - from);
        }
        return tags;
    }

    /**
     * Tags one chunk. {@code POSTaggerME.tag} dereferences the beam search's best sequence without checking it, so a
     * null best sequence surfaces as a NullPointerException from inside OpenNLP; then the halves are tagged apart,
     * and a single word no sequence survives for is tagged {@link #UNTAGGED}, rather than failing the whole text.
     */
    private String[] tagChunk(String[] words) {
        String[] tags;
        try {
            tags = tagger.tag(words);
        } catch (NullPointerException noBestSequence) {
            tags = null;
        }
        if (tags != null && tags.length == words.length) {
            return tags;
        }
        if (words.length == 1) {
            return new String[]{UNTAGGED};
        }
        int half = words.length / 2;
        String[] left = tagChunk(Arrays.copyOfRange(words, 0, half));
        String[] right = tagChunk(Arrays.copyOfRange(words, half, words.length));
        String[] joined = Arrays.copyOf(left, words.length);
        System.arraycopy(right, 0, joined, half, right.length);
        return joined;
    }
}
