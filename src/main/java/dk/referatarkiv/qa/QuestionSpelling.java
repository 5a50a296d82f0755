package dk.referatarkiv.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question as the archive can answer it: a word that neither the Danish dictionary nor the minutes know is taken
 * for a slip of the keyboard and replaced. First by its spelling without the letters æ, ø and å, which people without
 * a Danish keyboard write "ae", "oe" and "aa" ("hvornaar", "moedet"), when that spelling is a known word; else by the
 * nearest word of the minutes one edit away (a letter added, left out, changed or two swapped), with the same first
 * letter, for a word of five letters or more ("budgetforlsag" → "budgetforslag"). Two edits would reach other words:
 * a compound the dictionary lacks ("firedages") is two from a common word ("foretages"). A question's words are matched against the minutes' words,
 * so one wrong letter in a long compound, which the dictionary does not hold either, loses the sentence that answers.
 *
 * <p>A capitalised word after the first, or a first one before another capitalised word, is a name and is kept as typed: a name the archive does not hold is what a
 * question about someone else asks about, and replacing it with a near name of the archive would answer about another
 * person. A word the dictionary knows, as a word or as a compound of words it knows, is never replaced, even when the
 * minutes do not use it: that is a question about something the archive may not hold, which it must be free to refuse.
 * Thread-safe when the vocabulary is.
 */
final class QuestionSpelling {

    /** The minutes' words, as the index holds them. */
    interface Vocabulary {
        /** Whether the text of some item holds the word (case aside). */
        boolean holds(String word) throws IOException;

        /** The nearest word the text holds within {@code maxEdits} edits, in lower case; empty when none or held. */
        Optional<String> nearest(String word, int maxEdits) throws IOException;
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Below this length a word is not corrected by edits: too many short words are one edit from another. */
    private static final int MIN_EDITED = 5;
    /** The Danish letters and how they are written without them. */
    private static final String[][] TRANSLITERATED = {{"aa", "å"}, {"ae", "æ"}, {"oe", "ø"}};
    /** At most this many of a word's transliterations are tried (each a choice of which pairs to replace). */
    private static final int MAX_TRANSLITERATIONS = 16;

    private final Predicate<String> dictionary;
    private final Vocabulary vocabulary;

    /** @param dictionary whether a lower-case word is Danish, as a word or a compound of words */
    QuestionSpelling(Predicate<String> dictionary, Vocabulary vocabulary) {
        this.dictionary = dictionary;
        this.vocabulary = vocabulary;
    }

    /** The question with its unknown words corrected; the same string when none is. */
    String correct(String question) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        Matcher m = WORD.matcher(question);
        List<int[]> words = new ArrayList<>();
        while (m.find()) {
            words.add(new int[]{m.start(), m.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            String word = question.substring(words.get(i)[0], words.get(i)[1]);
            // the first word is capitalised as a question's first word is, unless a capitalised word follows: a name
            if (Character.isUpperCase(word.codePointAt(0)) && (i > 0 || i + 1 < words.size()
                    && Character.isUpperCase(question.codePointAt(words.get(i + 1)[0])))) {
                continue;
            }
            Optional<String> corrected = corrected(word.toLowerCase(Locale.ROOT));
            if (corrected.isPresent()) {
                out.append(question, last, words.get(i)[0]).append(sameCase(word, corrected.get()));
                last = words.get(i)[1];
            }
        }
        return last == 0 ? question : out.append(question.substring(last)).toString();
    }

    private Optional<String> corrected(String word) {
        try {
            if (word.length() < 3 || known(word)) {
                return Optional.empty();
            }
            for (String variant : transliterations(word)) {
                if (known(variant)) {
                    return Optional.of(variant);
                }
            }
            if (word.length() < MIN_EDITED) {
                return Optional.empty();
            }
            return vocabulary.nearest(word, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean known(String word) throws IOException {
        return dictionary.test(word) || vocabulary.holds(word);
    }

    /** The word with some or all of its "aa", "ae" and "oe" written as å, æ and ø; every pair replaced first. */
    static List<String> transliterations(String word) {
        List<int[]> pairs = new ArrayList<>(); // {position, which}
        for (int i = 0; i + 1 < word.length(); i++) {
            for (int k = 0; k < TRANSLITERATED.length; k++) {
                if (word.startsWith(TRANSLITERATED[k][0], i)) {
                    pairs.add(new int[]{i, k});
                    i++; // "aaa": the pairs do not overlap
                    break;
                }
            }
        }
        List<String> variants = new ArrayList<>();
        int choices = Math.min(1 << Math.min(pairs.size(), 4), MAX_TRANSLITERATIONS);
        for (int mask = choices - 1; mask > 0; mask--) { // all pairs replaced first
            StringBuilder variant = new StringBuilder();
            int from = 0;
            for (int p = 0; p < pairs.size(); p++) {
                int[] pair = pairs.get(p);
                if (p < 4 && (mask & (1 << p)) != 0) {
                    variant.append(word, from, pair[0]).append(TRANSLITERATED[pair[1]][1]);
                    from = pair[0] + 2;
                }
            }
            variants.add(variant.append(word.substring(from)).toString());
        }
        return variants;
    }

    /** The correction with the typed word's initial capital. */
    private static String sameCase(String typed, String corrected) {
        return Character.isUpperCase(typed.codePointAt(0))
                ? corrected.substring(0, 1).toUpperCase(Locale.ROOT) + corrected.substring(1) : corrected;
    }
}
