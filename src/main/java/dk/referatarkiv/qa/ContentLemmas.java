package dk.referatarkiv.qa;

import dk.referatarkiv.internal.DanishLexicon;
import dk.referatarkiv.internal.ResourceLines;
import dk.referatarkiv.nlp.Token;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** Forms of the strong and irregular verbs (irregular-verbs.tsv) → their infinitive. */
    private static final Map<String, String> IRREGULAR;
    /** The past participles of those verbs: the last form of each line ("skrevet", "taget"). */
    private static final Set<String> PARTICIPLES;

    static {
        Map<String, String> forms = new HashMap<>();
        Set<String> participles = new java.util.HashSet<>();
        for (String line : ResourceLines.read(ContentLemmas.class, "irregular-verbs.tsv")) {
            String[] cols = line.split("\t");
            String infinitive = cols[0].strip();
            String[] written = cols[1].strip().split("\\s+");
            for (String form : written) {
                forms.put(form, infinitive);
            }
            forms.put(infinitive, infinitive);
            participles.add(written[written.length - 1]);
        }
        IRREGULAR = Map.copyOf(forms);
        PARTICIPLES = Set.copyOf(participles);
    }

    /** Particles and prefixes a Danish verb takes in one word: "udgik", "foregik", "afholdt", "tilbagetog". */
    private static final List<String> VERB_PREFIXES = List.of("tilbage", "igennem", "sammen", "gennem", "efter", "under",
            "over", "fore", "frem", "bort", "imod", "ind", "ned", "bag", "hen", "med", "mod", "til", "fra", "for", "ud", "op",
            "af", "an", "om", "på", "be");

    private ContentLemmas() {
    }

    /**
     * The infinitive of a strong or irregular verb form, also behind a particle: "gik" → "gå", "udgik" and "udgår" →
     * "udgå", "udsat" → "udsætte". Only forms of the list count, so a noun that happens to end like one is rarely
     * touched; callers apply it to verbs and participles only.
     */
    static Optional<String> irregular(String form, boolean withPrefixOnly) {
        String lower = form.toLowerCase(Locale.ROOT);
        if (!withPrefixOnly && IRREGULAR.containsKey(lower)) {
            return Optional.of(IRREGULAR.get(lower));
        }
        for (String prefix : VERB_PREFIXES) {
            String rest = lower.startsWith(prefix) ? lower.substring(prefix.length()) : "";
            if (rest.length() >= 2 && IRREGULAR.containsKey(rest)) {
                return Optional.of(prefix + IRREGULAR.get(rest));
            }
        }
        return Optional.empty();
    }

    /** The irregular infinitive for a token: any verb form; read as an adjective, a participle, or a form after a prefix. */
    private static Optional<String> irregular(Token t) {
        return switch (t.upos()) {
            case "VERB", "AUX" -> irregular(t.text(), false);
            // "blev skrevet": a past participle the tagger read as an adjective is still the verb's; another form
            // only after a prefix ("udsat"), since an adjective may also be a form ("sang" is also the noun)
            case "ADJ" -> irregular(t.text(), !PARTICIPLES.contains(t.text().toLowerCase(Locale.ROOT)));
            default -> Optional.empty();
        };
    }

    /**
     * Whether a token of a sentence is a word to find; {@code firstWord} says it is the sentence's first word
     * ({@link #firstWordIndex}). A word written with a capital and then small letters after the sentence's first is
     * one whatever its tag: the tagger reads the words of a name by their look-alikes (the project "Klar livet" as an
     * auxiliary and a verb in running text, as a name in a question), and a name's words must be found on both sides.
     * The first word has its capital from the sentence ("Ved hvilket …", "- Desuden …").
     */
    static boolean isContent(Token t, boolean firstWord) {
        return isContent(t) || !firstWord && capitalised(t.text()) && isWord(t);
    }

    /**
     * Where a sentence's first word stands: the first token that holds a letter (a list's dash or a number before it
     * does not make it the second); -1 when none does.
     */
    static int firstWordIndex(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().chars().anyMatch(Character::isLetter)) {
                return i;
            }
        }
        return -1;
    }

    static boolean isContent(Token t) {
        return (CONTENT.contains(t.upos()) || misreadNoun(t)) && isWord(t);
    }

    private static boolean isWord(Token t) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return !STOP.contains(lower) && !GENERIC.contains(lower) && !GENERIC.contains(lemma)
                && lower.chars().anyMatch(Character::isLetterOrDigit);
    }

    /** A capital, then at least one small letter ("Klar"; not "KB", not "i"). */
    private static boolean capitalised(String text) {
        return text.length() >= 2 && Character.isUpperCase(text.codePointAt(0))
                && text.codePoints().skip(1).anyMatch(Character::isLowerCase);
    }

    /**
     * A compound noun the dictionary does not hold, which the tagger took for an adverb after a pronoun ("… at de
     * cykelskurgrunde ved skolen …"): adverbs are a small class the dictionary knows, so an unknown word made of two
     * known words whose last part is a noun is read as one ("samtidigt" is no "samti" + "digt").
     */
    private static boolean misreadNoun(Token t) {
        if (!t.upos().equals("ADV")) {
            return false;
        }
        DanishLexicon dictionary = DanishLexicon.get();
        return dictionary.readings(t.text()).isEmpty() && dictionary.isCompoundOfWords(t.text())
                && dictionary.compoundReadings(t.text()).stream().anyMatch(r -> r.upos().equals("NOUN"));
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

    /**
     * A content word of a question: the form written, its own forms (for its weight), every form that counts as it,
     * and compound parts.
     */
    record Term(String form, Set<String> own, Set<String> exact, Set<String> parts) {
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
        irregular(t).ifPresent(exact::add);
        genitiveOfName(t).ifPresent(exact::add);
        DanishLexicon dictionary = DanishLexicon.get();
        dictionary.readings(t.text()).forEach(r -> exact.add(r.lemma().toLowerCase(Locale.ROOT)));
        if (!t.upos().equals("PROPN")) {
            dictionary.inflectionGuess(t.text(), t.upos()).ifPresent(exact::add);
        }
        joined(exact);
        exact.addAll(slashParts(t.text()));
        if (!t.upos().equals("PROPN")) {
            exact.addAll(abbreviations(t.text()));
        }
        Set<String> widened = synonyms.expand(exact);
        Set<String> parts = new LinkedHashSet<>();
        if (!t.upos().equals("PROPN")) {
            dictionary.decompound(lemma).ifPresent(parts::addAll);
        }
        parts.addAll(hyphenParts(t.text()));
        widened.removeIf(x -> STOP.contains(x) || GENERIC.contains(x));
        parts.removeIf(x -> STOP.contains(x) || GENERIC.contains(x) || widened.contains(x));
        return new Term(t.text().toLowerCase(Locale.ROOT), own, widened, parts);
    }

    /** A capitalised word in the genitive: a capital, letters, then "s", "'s" or "’s" (not an all-capitals "MOMS"). */
    private static final Pattern NAME_GENITIVE =
            Pattern.compile("(\\p{Lu}[\\p{L}-]*\\p{Ll})['’]?s");

    /**
     * A name in the genitive that the lemmatiser left as written, without its s: "Lindbos" asks about Lindbo, and the
     * minutes write the name in the nominative as often as not. Only for a word the dictionary does not know (a name
     * it knows, "Hansens", the lemmatiser reduces itself; "Status" is a word) and whose form without the s is not an
     * ordinary word ("Mads" is not "mad").
     */
    static Optional<String> genitiveOfName(Token t) {
        Matcher genitive = NAME_GENITIVE.matcher(t.text());
        if (!genitive.matches() || !t.lemma().equalsIgnoreCase(t.text())) {
            return Optional.empty();
        }
        String name = genitive.group(1).toLowerCase(Locale.ROOT);
        DanishLexicon dictionary = DanishLexicon.get();
        return name.length() >= 3 && dictionary.readings(t.text()).isEmpty() && !dictionary.hasOrdinaryReading(name)
                ? Optional.of(name) : Optional.empty();
    }

    static Set<String> variants(Token t) {
        DanishLexicon dictionary = DanishLexicon.get();
        Set<String> v = new LinkedHashSet<>();
        Matcher label = LABEL_COLON.matcher(t.text());
        if (label.matches()) {
            // "2028: 15.000 kr.", "Bemærkninger:": the tokeniser kept a label's colon on its word, whose lemma is
            // then no word's; the word without it is the token's too
            String word = label.group(1);
            v.add(word.toLowerCase(Locale.ROOT));
            dictionary.readings(word).forEach(r -> v.add(r.lemma().toLowerCase(Locale.ROOT)));
        }
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
        v.addAll(hyphenParts(t.text()));
        irregular(t).ifPresent(v::add);
        joined(v);
        v.addAll(slashParts(t.text()));
        v.removeIf(x -> STOP.contains(x) || GENERIC.contains(x));
        return v;
    }

    /** The shortest word that {@link #abbreviations} abbreviates, and the fewest letters an abbreviation keeps. */
    private static final int ABBREVIATED_WORD = 7;
    private static final int ABBREVIATION_LETTERS = 5;
    private static final String VOWELS = "aeiouyæøå";

    /**
     * The ways Danish abbreviates a long word with a full stop: its first letters up to a consonant before a vowel
     * ("sagsbehandler" – "sagsbeh.", "kommunaldirektør" – "kommunaldir."). Minutes write case
     * labels and titles so ("Sagsbeh.: Eva Dam"), and the tokeniser keeps the full stop on such a word: a question
     * writes the word out. Five letters at least: shorter ones stand for too many words ("forv." for "forvaltning" and
     * "forventning", "best." for "bestyrelse" and "bestemmelse"); and no word
     * of its own ("behandling." is a sentence's end, not "behandlingen" abbreviated).
     */
    static List<String> abbreviations(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < ABBREVIATED_WORD || !lower.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        DanishLexicon dictionary = DanishLexicon.get();
        for (int end = ABBREVIATION_LETTERS; end <= lower.length() - 2; end++) {
            // a word of its own before a full stop ends a sentence ("behandling." of "behandlingen")
            if (VOWELS.indexOf(lower.charAt(end - 1)) < 0 && VOWELS.indexOf(lower.charAt(end)) >= 0
                    && dictionary.readings(lower.substring(0, end)).isEmpty()) {
                out.add(lower.substring(0, end) + ".");
            }
        }
        return out;
    }

    /** A word or number with a colon the tokeniser left on it. */
    private static final Pattern LABEL_COLON = Pattern.compile("([\\p{L}\\d][\\p{L}\\d.,-]*):");

    private static final Pattern INNER_SLASH = Pattern.compile("(?<=\\p{L})/(?=\\p{L})");

    /**
     * The words of a token that joins words with a slash between letters, with the dictionary's lemmas of each: the
     * tokeniser keeps "Skovvej/Møllevej", "skolelokaler/faglokaler" as one token, which names both ("the crossing of
     * Skovvej and Møllevej", "school rooms or subject rooms"), so either word is the token's. Both sides of a match
     * get them. Dates and case numbers ("10/5-2023", "10/22971") have no letters around their slash; abbreviations
     * ("A/S", "km/t") have no part of three letters.
     */
    static Set<String> slashParts(String text) {
        return text.indexOf('/') > 0 ? wordsOf(text, INNER_SLASH, 3) : Set.of();
    }

    /**
     * The parts of a token split where {@code separator} matches: each of at least {@code minLength} letters, lower
     * case, with the lemmas the dictionary gives it other than a verb's ("LED" is no form of "lede", "tog" none of
     * "toge"); an all-capitals part is an abbreviation, taken as written.
     */
    private static Set<String> wordsOf(String text, Pattern separator, int minLength) {
        Set<String> words = new LinkedHashSet<>();
        DanishLexicon dictionary = DanishLexicon.get();
        for (String part : separator.split(text)) {
            if (part.length() < minLength || !part.chars().allMatch(Character::isLetter)) {
                continue;
            }
            String lower = part.toLowerCase(Locale.ROOT);
            words.add(lower);
            if (!part.equals(part.toUpperCase(Locale.ROOT))) {
                dictionary.readings(lower).stream().filter(r -> !r.upos().equals("VERB") && !r.upos().equals("AUX"))
                        .forEach(r -> words.add(r.lemma().toLowerCase(Locale.ROOT)));
            }
        }
        words.removeIf(x -> STOP.contains(x) || GENERIC.contains(x));
        return words;
    }

    private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

    /**
     * The words of a compound written with a hyphen between letters, with the dictionary's lemmas of each
     * ({@link #wordsOf}): "Klar livet-samarbejdet" is a cooperation of the project Klar livet, "Nordby-fonden" a fund;
     * the dictionary splits compounds written as one word only. They are a compound's parts as those of one written as
     * one word are: a question's word so written is found in part by one of them (its last, the head, counts more), a
     * sentence's word counts as each of them.
     */
    static Set<String> hyphenParts(String text) {
        return INNER_HYPHEN.matcher(text).find() ? wordsOf(text, INNER_HYPHEN, 2) : Set.of();
    }

    /**
     * Adds each form written with a hyphen between letters as one word too: a compound of a name is written both ways
     * ("Nordby-fonden", "Nordbyfonden"; "e-mail", "email"), and both sides of a match get the joined form.
     */
    private static void joined(Set<String> forms) {
        for (String form : List.copyOf(forms)) {
            if (form.indexOf('-') > 0) {
                forms.add(INNER_HYPHEN.matcher(form).replaceAll(""));
            }
        }
    }
}
