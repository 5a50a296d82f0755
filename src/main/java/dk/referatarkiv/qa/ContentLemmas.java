package dk.referatarkiv.qa;

import dk.referatarkiv.internal.DanishLexicon;
import dk.referatarkiv.nlp.Token;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of text as lemma variants, for matching questions to sentences: each content token gives its
 * lemma, its other dictionary lemmas and, for a compound noun, its head and tail, so a tagging error or a compound
 * does not hide a match. Stateless and thread-safe.
 */
final class ContentLemmas {

    private static final CharArraySet STOP = DanishAnalyzer.getDefaultStopSet();
    private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "NUM", "X");
    /** Words every question or minute uses; they tell nothing about which sentence answers. */
    private static final Set<String> GENERIC = Set.of("være", "have", "blive", "skulle", "kunne", "ville", "måtte", "gøre",
            "hvem", "hvad", "hvornår", "hvor", "hvilken", "hvilke", "hvilket", "hvordan", "hvorfor", "mange", "meget",
            "stor", "ny", "nye");

    private ContentLemmas() {
    }

    /** One set of variants per content token, in order. */
    static List<Set<String>> of(List<Token> tokens) {
        return tokens.stream().filter(ContentLemmas::isContent).map(ContentLemmas::variants).toList();
    }

    static boolean isContent(Token t) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return CONTENT.contains(t.upos()) && !STOP.contains(lower) && !GENERIC.contains(lower) && !GENERIC.contains(lemma)
                && lower.chars().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * The infinitive of a regular verb form, unchecked (the dictionary lacks many verbs, e.g. "holde"): "holdes",
     * "holder" → "holde"; "besluttede" → "beslutte". Both sides of a match get the same guesses, so a wrong guess only
     * adds a term that matches nothing.
     */
    private static Set<String> verbStems(String form) {
        Set<String> stems = new LinkedHashSet<>();
        if (form.length() > 5 && form.endsWith("edes")) {
            stems.add(form.substring(0, form.length() - 3));
        } else if (form.length() > 4 && form.endsWith("es")) {
            stems.add(form.substring(0, form.length() - 1));
        }
        if (form.length() > 4 && form.endsWith("er")) {
            stems.add(form.substring(0, form.length() - 1));
        }
        if (form.length() > 5 && form.endsWith("ede")) {
            stems.add(form.substring(0, form.length() - 2));
        }
        return stems;
    }

    /** A content word of a question: its own forms (for its weight), every form that counts as it, and compound parts. */
    record Term(Set<String> own, Set<String> exact, Set<String> parts) {
        /** The last part of a compound (its head noun), or null. */
        String tail() {
            String last = null;
            for (String p : parts) {
                last = p;
            }
            return last;
        }
    }

    /** The word as a question term; {@code synonyms} widens what counts as the word. */
    static Term term(Token t, Synonyms synonyms) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        Set<String> own = new LinkedHashSet<>(List.of(lemma, t.text().toLowerCase(Locale.ROOT)));
        if (t.upos().equals("VERB")) {
            own.addAll(verbStems(t.text().toLowerCase(Locale.ROOT)));
        }
        Set<String> exact = new LinkedHashSet<>(own);
        DanishLexicon dictionary = DanishLexicon.get();
        dictionary.readings(t.text()).forEach(r -> exact.add(r.lemma().toLowerCase(Locale.ROOT)));
        if (!t.upos().equals("PROPN")) {
            dictionary.inflectionGuess(t.text(), t.upos()).ifPresent(exact::add);
        }
        Set<String> widened = synonyms.expand(exact);
        Set<String> parts = new LinkedHashSet<>();
        if (!t.upos().equals("PROPN")) {
            dictionary.decompound(lemma).ifPresent(parts::addAll);
        }
        widened.removeIf(x -> STOP.contains(x) || GENERIC.contains(x));
        parts.removeIf(x -> STOP.contains(x) || GENERIC.contains(x) || widened.contains(x));
        return new Term(own, widened, parts);
    }

    static Set<String> variants(Token t) {
        DanishLexicon dictionary = DanishLexicon.get();
        Set<String> v = new LinkedHashSet<>();
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        v.add(lemma);
        v.add(t.text().toLowerCase(Locale.ROOT));
        dictionary.readings(t.text()).forEach(r -> v.add(r.lemma().toLowerCase(Locale.ROOT)));
        if (!t.upos().equals("PROPN")) {
            dictionary.decompound(lemma).ifPresent(v::addAll);
            dictionary.inflectionGuess(t.text(), t.upos()).ifPresent(v::add);
        }
        if (t.upos().equals("VERB")) {
            v.addAll(verbStems(t.text().toLowerCase(Locale.ROOT)));
        }
        v.removeIf(x -> STOP.contains(x) || GENERIC.contains(x));
        return v;
    }
}
