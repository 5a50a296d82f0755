package dk.referatarkiv.nlp;

import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into tokens: OpenNLP's trained {@code TokenizerME} decides where punctuation is split off, and
 * {@link ProtectedSpans} (journal numbers, numbers, dates, abbreviations) are then kept whole whatever the model did.
 * Thread-safe.
 */
public final class DanishTokenizer {

    private final ThreadSafeTokenizerME model;

    public DanishTokenizer(TokenizerModel model) {
        this.model = new ThreadSafeTokenizerME(model);
    }

    /**
     * The full stop that ends the text is a token of its own, unless it belongs to an abbreviation or a number
     * ("... til Kristina Koch Sloth." - the model, which has seen few names, may keep "Sloth." whole).
     */
    private static void splitFinalStop(String text, boolean[] boundary) {
        int end = text.stripTrailing().length();
        if (end < 2 || text.charAt(end - 1) != '.' || !Character.isLetter(text.charAt(end - 2))) {
            return;
        }
        int wordStart = end - 1;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, end).toLowerCase(java.util.Locale.ROOT);
        boolean abbreviation = DanishAbbreviations.LOWER.stream().anyMatch(word::endsWith);
        if (!abbreviation && word.indexOf('.') == word.length() - 1) {
            boundary[end - 1] = true;
        }
    }

    /** Brackets and quotation marks, which are tokens of their own wherever they stand. */
    private static final String BRACKETS = "()[]{}\"”“»«„";

    /**
     * A bracket or quotation mark is a token of its own: the model, trained on a treebank with few of them, keeps an
     * opening one on the word after it ("(formand", "”Sund") and a closing one on a number before it ("2018)"), and
     * such a word's lemma is then no word of the dictionary or the index. Not inside a protected span.
     */
    private static void splitBrackets(String text, boolean[] boundary, boolean[] kept) {
        for (int i = 0; i < text.length(); i++) {
            if (BRACKETS.indexOf(text.charAt(i)) >= 0 && !kept[i]) {
                boundary[i] = true;
                boundary[i + 1] = true;
            }
        }
    }

    /** Token spans of {@code text}, relative to it. */
    public List<Span> tokenize(String text) {
        int n = text.length();
        boolean[] boundary = new boolean[n + 1];
        for (Span span : model.tokenizePos(text)) {
            boundary[span.getStart()] = true;
            boundary[span.getEnd()] = true;
        }
        boolean[] kept = new boolean[n + 1];
        for (Span keep : ProtectedSpans.find(text)) {
            for (int i = keep.getStart() + 1; i < keep.getEnd(); i++) {
                boundary[i] = false;
                kept[i] = true;
            }
            boundary[keep.getStart()] = true;
            boundary[keep.getEnd()] = true;
        }
        splitFinalStop(text, boundary);
        splitBrackets(text, boundary, kept);
        List<Span> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean space = i == n || Character.isWhitespace(text.charAt(i));
            if (start >= 0 && (space || boundary[i])) {
                tokens.add(new Span(start, i));
                start = -1;
            }
            if (!space && start < 0) {
                start = i;
            }
        }
        return tokens;
    }
}
