package dk.referatarkiv.nlp;

import dk.referatarkiv.internal.DanishLexicon;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

import java.util.List;

/**
 * POS-tagger feature: the ambiguity class of a token in the Danish dictionary ({@code lex=NOUN|VERB}), or
 * {@code lex=?} for a word the dictionary does not know. With only some 20,000 training tokens, most words of a text
 * were never seen in training; the dictionary still tells the tagger which tags are possible for them.
 * Thread-safe.
 */
public final class LexiconFeatureGenerator implements AdaptiveFeatureGenerator {

    /**
     * The feature of recent tokens, whole: the tagger and the name finder ask for every token many times during
     * beam search, so the string is made once, not joined per call.
     */
    private static final Cache<String, String> FEATURES = Caffeine.newBuilder().maximumSize(200_000).build();

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        features.add(FEATURES.get(tokens[index], token -> "lex=" + ambiguityClass(token)));
    }

    static String ambiguityClass(String token) {
        if (!hasLetter(token)) {
            return "#";
        }
        String ambiguity = DanishLexicon.get().ambiguityClass(token);
        return ambiguity.isEmpty() ? "?" : ambiguity;
    }

    private static boolean hasLetter(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
