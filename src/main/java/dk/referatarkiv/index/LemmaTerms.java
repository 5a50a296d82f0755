package dk.referatarkiv.index;

import dk.referatarkiv.nlp.AnnotatedText;
import dk.referatarkiv.internal.DanishLexicon;
import dk.referatarkiv.nlp.Token;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The index terms of annotated text: each token's lemma in lower case, without punctuation and stop words (Lucene's
 * Danish stop list, checked against the form and the lemma). At query time a word can be given all the lemmas the
 * dictionary allows, because a lone query word has no context to tag it by. Thread-safe.
 */
final class LemmaTerms {

    private static final CharArraySet STOP_WORDS = DanishAnalyzer.getDefaultStopSet();
    private static final Set<String> SKIPPED_TAGS = Set.of("PUNCT", "SYM");

    private LemmaTerms() {
    }

    /**
     * The lemma chosen in context for each kept token (index time), plus at the same position the lemmas of the
     * form's other dictionary readings (a tagging error must not hide an item: "drøftede udkastet" tagged as a verb
     * still indexes the noun {@code udkast}), and for a compound noun its head and tail lemmas, so that
     * {@code forebyggelse} finds {@code forebyggelsespakkerne}.
     */
    static List<IndexTerm> contextual(AnnotatedText text) {
        DanishLexicon dictionary = DanishLexicon.get();
        return terms(text, (token, lemma) -> {
            Set<String> variants = new LinkedHashSet<>();
            variants.add(lemma);
            dictionary.readings(token.text()).stream().filter(r -> !r.upos().equals("PROPN"))
                    .forEach(r -> variants.add(r.lemma().toLowerCase(Locale.ROOT)));
            if (token.upos().equals("NOUN")) {
                dictionary.decompound(lemma).ifPresent(variants::addAll);
            }
            return variants;
        });
    }

    /**
     * Every plausible lemma of each kept token, at the same position (query time): the lemma in context, the lemmas of
     * the word's dictionary readings and compound readings, and the word itself.
     */
    static List<IndexTerm> expanded(AnnotatedText text, DanishLexicon dictionary) {
        return terms(text, (token, lemma) -> {
            Set<String> variants = new LinkedHashSet<>();
            variants.add(lemma);
            dictionary.readings(token.text()).forEach(r -> variants.add(r.lemma().toLowerCase(Locale.ROOT)));
            dictionary.compoundReadings(token.text()).forEach(r -> variants.add(r.lemma().toLowerCase(Locale.ROOT)));
            for (String upos : List.of("NOUN", "VERB", "ADJ")) {
                dictionary.inflectionGuess(token.text(), upos).ifPresent(variants::add);
            }
            variants.add(token.text().toLowerCase(Locale.ROOT));
            return variants;
        });
    }

    /**
     * The variants of each kept token, the first at the token's position and the rest stacked on it; stop words among
     * the variants are dropped (the token's own lemma is kept), and skipped tokens leave a position gap.
     */
    private static List<IndexTerm> terms(AnnotatedText text, BiFunction<Token, String, Set<String>> variantsOf) {
        List<IndexTerm> terms = new ArrayList<>();
        int skipped = 0;
        for (Token token : text.tokens()) {
            String lemma = token.lemma().toLowerCase(Locale.ROOT);
            if (!keep(token, lemma)) {
                skipped++;
                continue;
            }
            int increment = 1 + skipped;
            for (String variant : variantsOf.apply(token, lemma)) {
                if (variant.equals(lemma) || !STOP_WORDS.contains(variant)) {
                    terms.add(new IndexTerm(variant, token.start(), token.end(), increment));
                    increment = 0;
                }
            }
            skipped = 0;
        }
        return terms;
    }

    private static boolean keep(Token token, String lemma) {
        if (SKIPPED_TAGS.contains(token.upos()) || !hasLetterOrDigit(token.text())) {
            return false;
        }
        return !STOP_WORDS.contains(token.text().toLowerCase(Locale.ROOT)) && !STOP_WORDS.contains(lemma);
    }

    private static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
