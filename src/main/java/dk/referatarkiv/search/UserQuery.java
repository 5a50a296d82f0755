package dk.referatarkiv.search;

import java.util.List;

/**
 * What a user typed, split into its parts: plain words, quoted phrases, and words or phrases excluded with a leading
 * minus. Nothing else has a meaning: every other character is text.
 */
public record UserQuery(List<String> words, List<String> phrases, List<String> excludedWords,
                        List<String> excludedPhrases) {
    public UserQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
        excludedWords = List.copyOf(excludedWords);
        excludedPhrases = List.copyOf(excludedPhrases);
    }

    /** True when nothing is asked for (there may still be exclusions). */
    public boolean hasNoPositiveParts() {
        return words.isEmpty() && phrases.isEmpty();
    }

    public boolean isEmpty() {
        return hasNoPositiveParts() && excludedWords.isEmpty() && excludedPhrases.isEmpty();
    }
}
