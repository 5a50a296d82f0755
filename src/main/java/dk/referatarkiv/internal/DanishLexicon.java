package dk.referatarkiv.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Danish morphological dictionary of Stavekontrolden (about 520,000 word forms with lemma and tags), as shipped in
 * LanguageTool's {@code language-da} jar, read with morfologik. Answers: which universal POS tags can a form have, and
 * what is its lemma for a given tag. Words missing from the dictionary are looked up as compounds: the longest known
 * tail gives the tags and the lemma ({@code budgetkataloget} = {@code budget} + {@code kataloget} → {@code budgetkatalog}).
 *
 * <p>Thread-safe: each thread gets its own morfologik lookup (those are not thread-safe), over one shared dictionary.
 */
public final class DanishLexicon {

    public static final String RESOURCE = "/org/languagetool/resource/da/danish.dict";

    /** The shortest compound head and tail we accept: shorter parts split words wrongly ("af-taler"). */
    private static final int MIN_HEAD = 3;
    private static final int MIN_TAIL = 4;
    /** Verbs that UD Danish tags AUX when they are auxiliaries or copulas. */
    private static final Set<String> AUXILIARIES = Set.of("være", "have", "blive", "kunne", "skulle", "ville", "måtte",
            "burde", "turde", "gide");

    /** One reading of a form: its lemma and universal POS tag. */
    public record Reading(String lemma, String upos) {
    }

    private static final Dictionary DICTIONARY = load();
    private static final ThreadLocal<DictionaryLookup> LOOKUP = ThreadLocal.withInitial(() -> new DictionaryLookup(DICTIONARY));
    private static final DanishLexicon INSTANCE = new DanishLexicon();

    private DanishLexicon() {
    }

    /** The shared instance; the dictionary is read once per process. */
    public static DanishLexicon get() {
        return INSTANCE;
    }

    /**
     * Readings and compound splits of recent forms: the tagger's features, the lemmatiser, the name finder's filters
     * and the index terms all ask for the same words, each many times (a dictionary lookup was 5 % of index time).
     */
    private static final Cache<String, List<Reading>> READINGS = Caffeine.newBuilder().maximumSize(100_000).build();
    private static final Cache<String, java.util.Optional<List<String>>> DECOMPOUNDED =
            Caffeine.newBuilder().maximumSize(100_000).build();

    /**
     * The readings of a form as written, then lower-cased; empty when the dictionary does not know it. The list is
     * unmodifiable.
     */
    public List<Reading> readings(String form) {
        return READINGS.get(form, DanishLexicon::lookupReadings);
    }

    private static List<Reading> lookupReadings(String form) {
        List<Reading> readings = lookup(form);
        if (readings.isEmpty()) {
            String lower = form.toLowerCase(Locale.ROOT);
            if (!lower.equals(form)) {
                readings = lookup(lower);
            }
        }
        return List.copyOf(readings);
    }

    /** Whether the dictionary knows the form (as written, then lower-cased) as something other than a name. */
    public boolean hasOrdinaryReading(String form) {
        return readings(form).stream().anyMatch(r -> !r.upos().equals("PROPN"));
    }

    /**
     * Whether the form is known as something other than a name, directly or as a compound the dictionary lacks
     * ("Byggefelt"): a capitalised word that is not, is likely a name.
     */
    public boolean hasOrdinaryReadingOrCompound(String form) {
        return readingsOrCompound(form).stream().anyMatch(r -> !r.upos().equals("PROPN"));
    }

    /**
     * The readings of a form, or, when it is not in the dictionary, its {@link #compoundReadings compound readings}.
     */
    public List<Reading> readingsOrCompound(String form) {
        List<Reading> direct = readings(form);
        return direct.isEmpty() ? compoundReadings(form) : direct;
    }

    /**
     * The readings of the longest tail of the form that the dictionary knows, with the head prepended to the lemma
     * ({@code netværket} = {@code net} + {@code værket} → {@code netværk}). Proper-noun and auxiliary readings of a
     * tail are not used: a compound of a name is not a name.
     */
    public List<Reading> compoundReadings(String form) {
        String lower = form.toLowerCase(Locale.ROOT);
        if (!isWord(lower)) {
            return List.of();
        }
        for (int split = MIN_HEAD; split <= lower.length() - MIN_TAIL; split++) {
            String head = lower.substring(0, split);
            List<Reading> compound = new ArrayList<>();
            for (Reading r : lookup(lower.substring(split))) {
                if (!r.upos().equals("PROPN") && !r.upos().equals("AUX")) {
                    compound.add(new Reading(head + r.lemma(), r.upos()));
                }
            }
            if (!compound.isEmpty()) {
                return compound;
            }
        }
        return List.of();
    }

    /**
     * Undoes a regular Danish inflection when the dictionary lacks the form: tries the endings of the POS, longest
     * first, and returns the first base form that the dictionary knows as a word (or whose tail it knows), e.g. noun
     * {@code netværkene} → {@code netværk}, verb {@code overtager} → {@code overtage}.
     */
    public java.util.Optional<String> inflectionGuess(String form, String upos) {
        String[][] rules = INFLECTIONS.get(upos);
        if (rules == null) {
            return java.util.Optional.empty();
        }
        String lower = form.toLowerCase(Locale.ROOT);
        for (String[] rule : rules) {
            if (lower.endsWith(rule[0]) && lower.length() - rule[0].length() >= MIN_TAIL - 1) {
                String candidate = lower.substring(0, lower.length() - rule[0].length()) + rule[1];
                if (!rawLookup(candidate).isEmpty() || compoundTail(candidate) != null) {
                    return java.util.Optional.of(candidate);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Regular endings per POS as {ending, replacement}, longest first. */
    private static final java.util.Map<String, String[][]> INFLECTIONS = java.util.Map.of(
            "NOUN", new String[][]{{"ernes", ""}, {"enes", ""}, {"erne", ""}, {"ene", ""}, {"rne", ""}, {"ens", ""},
                    {"ets", ""}, {"ers", ""}, {"en", ""}, {"et", ""}, {"er", ""}, {"ne", ""}, {"es", ""}, {"e", ""},
                    {"s", ""}, {"n", ""}, {"r", ""}, {"t", ""}},
            "VERB", new String[][]{{"ede", "e"}, {"edes", "e"}, {"te", "e"}, {"er", "e"}, {"es", "e"}, {"et", "e"},
                    {"t", "e"}, {"r", ""}, {"s", ""}},
            "ADJ", new String[][]{{"este", ""}, {"ere", ""}, {"est", ""}, {"e", ""}, {"t", ""}});

    /**
     * Splits a compound noun lemma into its head and tail when the tail is a noun lemma and the head a word the
     * dictionary knows, the head
     * possibly with a linking {@code s} or {@code e} ({@code forebyggelsespakke} → {@code forebyggelse},
     * {@code pakke}); empty for a word that is not such a compound. Parts shorter than four letters are not split off.
     */
    public java.util.Optional<List<String>> decompound(String lemma) {
        return DECOMPOUNDED.get(lemma, DanishLexicon::split);
    }

    private static java.util.Optional<List<String>> split(String lemma) {
        String lower = lemma.toLowerCase(Locale.ROOT);
        if (!isWord(lower) || lower.length() < 2 * DECOMPOUND_MIN) {
            return java.util.Optional.empty();
        }
        for (int split = DECOMPOUND_MIN; split <= lower.length() - DECOMPOUND_MIN; split++) {
            String tail = lower.substring(split);
            if (!isNounLemma(tail)) {
                continue;
            }
            String head = lower.substring(0, split);
            java.util.Optional<String> headLemma = headLemma(head);
            if (headLemma.isPresent()) {
                return java.util.Optional.of(List.of(headLemma.get(), tail));
            }
        }
        return java.util.Optional.empty();
    }

    private static final int DECOMPOUND_MIN = 4;

    /**
     * True when the word splits into a known head of three letters or more and a known tail of four or more
     * ("målplan" = "mål" + "plan"); a name such as "Henriette" does not.
     */
    public boolean isCompoundOfWords(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!isWord(lower)) {
            return false;
        }
        for (int split = MIN_HEAD; split <= lower.length() - MIN_TAIL; split++) {
            if (!rawLookup(lower.substring(0, split)).isEmpty() && !rawLookup(lower.substring(split)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lemma of a compound head: a noun reading's lemma ("forebyggelses" → "forebyggelse"), else the head without
     * its linking letter when the dictionary knows it as any word (it misses some nouns, e.g. "netværk").
     */
    private static java.util.Optional<String> headLemma(String head) {
        List<String> candidates = List.of(strip(head, "s"), strip(head, "e"), head);
        for (String candidate : candidates) {
            java.util.Optional<String> noun = lookup(candidate).stream().filter(r -> r.upos().equals("NOUN"))
                    .map(Reading::lemma).findFirst();
            if (candidate.length() >= DECOMPOUND_MIN && noun.isPresent()) {
                return noun;
            }
        }
        return candidates.stream().filter(c -> c.length() >= DECOMPOUND_MIN && !rawLookup(c).isEmpty()).findFirst();
    }

    private static String strip(String head, String linking) {
        return head.endsWith(linking) ? head.substring(0, head.length() - linking.length()) : head;
    }

    private static boolean isNounLemma(String word) {
        // A tail must be a noun in its base form: "pakke", not "pakkes".
        return lookup(word).stream().anyMatch(r -> r.upos().equals("NOUN") && r.lemma().equals(word));
    }

    /** The set of UPOS tags a form can have (compounds included), e.g. {@code [NOUN, VERB]}; empty when unknown. */
    public Set<String> tags(String form) {
        Set<String> tags = new TreeSet<>();
        readingsOrCompound(form).forEach(r -> tags.add(r.upos()));
        return tags;
    }

    /**
     * The ambiguity class of a form for the tagger: its UPOS tags, with the verb form for verbs
     * ({@code VERB:kor} is a participle, {@code VERB:inf} an infinitive), sorted and joined by {@code |};
     * compounds are classed by their tail. Empty when unknown.
     */
    public String ambiguityClass(String form) {
        Set<String> classes = new TreeSet<>();
        String known = form;
        if (rawLookup(form).isEmpty() && rawLookup(form.toLowerCase(Locale.ROOT)).isEmpty()) {
            known = compoundTail(form.toLowerCase(Locale.ROOT));
            if (known == null) {
                return "";
            }
        } else if (rawLookup(form).isEmpty()) {
            known = form.toLowerCase(Locale.ROOT);
        }
        for (WordData data : rawLookup(known)) {
            String tag = String.valueOf(data.getTag());
            String[] parts = tag.split(":");
            for (String upos : upos(tag, String.valueOf(data.getStem()))) {
                classes.add(upos.equals("VERB") || upos.equals("AUX") ? upos + ":" + (parts.length > 1 ? parts[1] : "") : upos);
            }
        }
        return String.join("|", classes);
    }

    private static String compoundTail(String lower) {
        if (!isWord(lower)) {
            return null;
        }
        for (int split = MIN_HEAD; split <= lower.length() - MIN_TAIL; split++) {
            String tail = lower.substring(split);
            if (!rawLookup(tail).isEmpty()) {
                return tail;
            }
        }
        return null;
    }

    private static List<WordData> rawLookup(String form) {
        List<WordData> copies = new ArrayList<>();
        for (WordData data : LOOKUP.get().lookup(form)) {
            if (data.getTag() != null && data.getStem() != null && !isTagAsStem(data)) {
                copies.add(data.clone());
            }
        }
        return copies;
    }

    private static List<Reading> lookup(String form) {
        List<Reading> readings = new ArrayList<>();
        for (WordData data : LOOKUP.get().lookup(form)) {
            CharSequence tag = data.getTag();
            CharSequence stem = data.getStem();
            if (tag == null || stem == null || isTagAsStem(data)) {
                continue;
            }
            String lemma = stem.toString();
            for (String upos : upos(tag.toString(), lemma)) {
                Reading reading = new Reading(upos.equals("PROPN") ? lemma : lemma.toLowerCase(Locale.ROOT), upos);
                if (!readings.contains(reading)) {
                    readings.add(reading);
                }
            }
        }
        return readings;
    }

    /**
     * An entry written without its stem, whose tag decodes as the stem ("s" → stem "sub:ube:sin:utr:gen"). Such an
     * entry has no tag of its own, and morfologik then leaves the tag of the thread's previous lookup in place: the
     * reading would depend on what the thread looked up before, so the words a parallel run gives one thread or
     * another came out with different lemmas from run to run. A fresh lookup gives no tag, and no reading; so does
     * this. No lemma of the dictionary contains a colon; every tag does.
     */
    private static boolean isTagAsStem(WordData data) {
        CharSequence stem = data.getStem();
        for (int i = 0; i < stem.length(); i++) {
            if (stem.charAt(i) == ':') {
                return true;
            }
        }
        return false;
    }

    /** Maps a Stavekontrolden tag ({@code sub:bes:sin:utr:nom}) to universal POS tags. */
    static List<String> upos(String tag, String lemma) {
        String pos = tag.substring(0, tag.indexOf(':') < 0 ? tag.length() : tag.indexOf(':'));
        return switch (pos) {
            case "sub" -> List.of("NOUN");
            case "ver" -> AUXILIARIES.contains(lemma) ? List.of("AUX", "VERB") : List.of("VERB");
            case "adj" -> List.of("ADJ");
            case "adv" -> List.of("ADV");
            case "pra" -> List.of("ADP");
            case "kon" -> List.of("CCONJ", "SCONJ");
            case "pro" -> List.of("PROPN");
            case "pron" -> List.of("PRON");
            case "art" -> List.of("DET");
            case "int", "ono" -> List.of("INTJ");
            default -> List.of();
        };
    }

    private static boolean isWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isLetter(text.charAt(i)) && text.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    private static Dictionary load() {
        URL url = DanishLexicon.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("the Danish dictionary " + RESOURCE + " is not on the class path");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Danish dictionary " + RESOURCE, e);
        }
    }
}
