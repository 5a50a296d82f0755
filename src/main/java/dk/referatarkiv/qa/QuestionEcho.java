package dk.referatarkiv.qa;

import dk.referatarkiv.internal.DanishLexicon;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence only repeats the question. A sentence offered as the answer for want of a mention of the kind
 * asked (no place for "hvor", no name for "hvilken belægning") was chosen because it holds the question's words; when
 * it holds nothing else ("Valg af belægning til torvet" for "Hvilken belægning valgte … til torvet?"), it is the
 * topic of the question, not its answer, and the archive does not say. A content word or number counts as the
 * question's when one of its lemma variants is one of the question's (its words, their lemmas, compound parts and
 * synonyms) or when it is written in the question. Shared beginnings do not count, unlike in the coverage score:
 * "Idrætsforeningen" says what "Idrætsudvalgets" does not. Immutable and thread-safe.
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

    /**
     * Whether the sentence has a number or a name (a capitalised word the dictionary does not know as an ordinary
     * one; a title's first word too: "Unesco Geopark - …") the question does not: what an
     * item's title adds beyond the question it matched, when it answers at all ("Revisionsberetning nr. 7 - …" for
     * "Hvilket nummer …"). The rest of a title is the topic's wording ("Valg af …", "Godkendelse af …"), which says
     * what the item is about, not what was chosen or decided in it.
     */
    boolean addsNameOrNumber(IndexedSentence s) {
        String[] words = s.text().split("[^\\p{L}\\p{N}]+");
        boolean first = true;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            // Any title starts with a capital: its first word is a name only when the dictionary knows it neither
            // whole nor as a compound ("Unesco", not "Venskabsbysamarbejde"); later a capital marks a name unless the
            // word is known whole as an ordinary one ("(Beslutning)"); names compounded of ordinary words
            // ("Paradishaven", "Vesterbrogade") are names there.
            boolean informative = word.chars().anyMatch(Character::isDigit)
                    || Character.isUpperCase(word.codePointAt(0)) && !(first ? knownOrCompound(lower) : ordinary(lower));
            first = false;
            if (informative && !written.contains(lower) && !lemmas.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /** A word the dictionary knows as something other than a name ("Beslutning" in "(Beslutning)"). */
    private static boolean ordinary(String lower) {
        return DanishLexicon.get().readings(lower).stream().anyMatch(r -> !r.upos().equals("PROPN"));
    }

    private static boolean knownOrCompound(String lower) {
        return !DanishLexicon.get().readingsOrCompound(lower).isEmpty();
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
