package dk.referatarkiv.qa;

import dk.referatarkiv.internal.DanishLexicon;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence only repeats the question. A sentence offered as the answer for want of a mention of the kind
 * asked (no place for "hvor", no name for "hvilken skrifttype") was chosen because it holds the question's words; when
 * it holds nothing else ("Valg af skrifttype til vejnavneskilte" for "Hvilken skrifttype valgte … til
 * vejnavneskiltene?"), it is the topic of the question, not its answer, and the archive does not say. A content word
 * or number counts as the question's when one of its lemma variants is one of the question's (its words, their
 * lemmas, compound parts and synonyms) or when it is written in the question. Shared beginnings do not count, unlike in
 * the coverage score: "Uddannelseshjælp" says what "Uddannelsesudvalgets" does not. Immutable and thread-safe.
 */
final class QuestionEcho {

    private final Set<String> lemmas = new HashSet<>();
    private final Set<String> written = new HashSet<>();

    QuestionEcho(Question q) {
        for (ContentLemmas.Term term : q.terms()) {
            lemmas.addAll(term.own());
            lemmas.addAll(term.exact());
            lemmas.addAll(term.parts());
        }
        for (String word : q.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                written.add(word);
            }
        }
    }

    /** Whether the sentence has a content word or number the question does not. */
    boolean addsTo(IndexedSentence s) {
        for (IndexedSentence.TokenLemmas t : s.tokens()) {
            String form = s.text().substring(Math.max(0, t.start() - s.start()), Math.min(s.text().length(), t.end() - s.start()))
                    .toLowerCase(Locale.ROOT);
            if (!isQuestions(form, t.variants())) {
                return true;
            }
        }
        return false;
    }

    private boolean isQuestions(String form, Set<String> variants) {
        if (written.contains(form) || variants.isEmpty()) {
            return true;
        }
        // the word's own readings, not its compound parts: "uddannelseshjælp" is not the question's for its
        // "uddannelse" (the first variant is the lemma, which ContentLemmas decompounds)
        Set<String> parts = DanishLexicon.get().decompound(variants.iterator().next()).map(Set::copyOf).orElse(Set.of());
        return variants.stream().filter(v -> !parts.contains(v)).anyMatch(lemmas::contains);
    }
}
