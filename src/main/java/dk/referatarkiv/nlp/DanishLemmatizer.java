package dk.referatarkiv.nlp;

import dk.referatarkiv.internal.DanishLexicon;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Lemmatises tagged tokens from four sources, in the order that measured best (see {@code models/README.md}):
 * the treebank lexicon, the Danish dictionary (reading whose POS matches the tagger's), the dictionary's compound
 * analysis (head + lemma of the longest known tail), and last the trained {@code LemmatizerME}. Thread-safe.
 */
public final class DanishLemmatizer {

    /** Tags whose tokens are their own lemma. */
    private static final Set<String> VERBATIM = Set.of("PUNCT", "SYM", "NUM", "X");

    /** Which sources to consult before the model; all of them unless an evaluation compares combinations. */
    public record Sources(boolean lexicon, boolean dictionary, boolean compounds) {
        public static final Sources ALL = new Sources(true, true, true);
    }

    /** Lemmatisation is a pure function of (form, tag): cache it. */
    private final Cache<String, String> cache = Caffeine.newBuilder().maximumSize(200_000).build();
    private final LemmaLexicon lexicon;
    private final DanishLexicon dictionary;
    private final ThreadSafeLemmatizerME model;
    private final Sources sources;

    public DanishLemmatizer(LemmaLexicon lexicon, DanishLexicon dictionary, LemmatizerModel model) {
        this(lexicon, dictionary, model, Sources.ALL);
    }

    public DanishLemmatizer(LemmaLexicon lexicon, DanishLexicon dictionary, LemmatizerModel model, Sources sources) {
        this.lexicon = lexicon;
        this.dictionary = dictionary;
        this.model = new ThreadSafeLemmatizerME(model);
        this.sources = sources;
    }

    public String[] lemmatize(String[] tokens, String[] upos) {
        String[] lemmas = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            String tag = upos[i];
            lemmas[i] = cache.get(token + '\t' + tag, k -> lemma(token, tag));
        }
        return lemmas;
    }

    /**
     * The lemma of one tagged word. The model sees the word alone: in a sentence it would see its neighbours too, but
     * that measured no better on DDT test (94.09 either way) and is five times slower.
     */
    private String lemma(String token, String tag) {
        return known(token, tag).orElseGet(() ->
                usable(model.lemmatize(new String[]{token}, new String[]{tag})[0], token, tag));
    }

    /** The lemma from the lexicon, the dictionary or a compound analysis; empty when none of them knows the word. */
    Optional<String> known(String token, String upos) {
        if (VERBATIM.contains(upos)) {
            return Optional.of(token);
        }
        Optional<String> seen = sources.lexicon() ? lexicon.lemma(token, upos) : Optional.empty();
        if (seen.isPresent()) {
            return seen;
        }
        if (sources.dictionary()) {
            Optional<String> lemma = withTag(dictionary.readings(token), upos, token);
            if (lemma.isEmpty() && sources.compounds()) {
                // Also when the whole form is known with another tag only: "netværket" is a verb form too.
                lemma = withTag(dictionary.compoundReadings(token), upos, token);
            }
            if (lemma.isEmpty() && sources.compounds()) {
                lemma = dictionary.inflectionGuess(token, upos);
            }
            if (lemma.isPresent()) {
                return lemma;
            }
        }
        if (upos.equals("PROPN")) {
            return Optional.of(token);
        }
        return Optional.empty();
    }

    /**
     * The lemma of the reading with the given tag. When the dictionary offers several, a lemma no longer than the form
     * wins (Danish inflection adds endings), then the one sharing the longest beginning with the form.
     */
    private static Optional<String> withTag(List<DanishLexicon.Reading> readings, String upos, String token) {
        String form = token.toLowerCase(Locale.ROOT);
        return readings.stream().filter(r -> r.upos().equals(upos)).map(DanishLexicon.Reading::lemma)
                .min(java.util.Comparator.<String>comparingInt(l -> l.length() > form.length() ? 1 : 0)
                        .thenComparing(l -> -commonPrefix(l.toLowerCase(Locale.ROOT), form)));
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static String usable(String predicted, String token, String upos) {
        if (predicted == null || predicted.isBlank() || predicted.equals("O")) {
            return upos.equals("PROPN") ? token : token.toLowerCase(Locale.ROOT);
        }
        return upos.equals("PROPN") ? predicted : predicted.toLowerCase(Locale.ROOT);
    }
}
