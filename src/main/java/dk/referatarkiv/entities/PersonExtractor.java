package dk.referatarkiv.entities;

import dk.referatarkiv.nlp.AnnotatedSentence;
import dk.referatarkiv.nlp.AnnotatedText;
import dk.referatarkiv.internal.DanishLexicon;
import dk.referatarkiv.nlp.Token;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Person-name mentions in annotated text, from two sources: the trained name finder's PER spans, and runs of two to
 * four capitalised words that begin with a given name the dictionary knows ("Kristina Koch Sloth"). A candidate is
 * dropped when a word is not a name-shaped word, or when it is a known unit, body or role ("Økonomi & Stab",
 * "Kommunaldirektøren", "Nordea-fonden", "Plan A"). One-word mentions ("Charlotte") are kept for
 * {@link PersonResolver} to resolve against full names in the same item. Not thread-safe (the name finder keeps
 * document state): use one per thread and call {@link #endDocument()} after each item.
 */
public final class PersonExtractor {

    private static final Pattern NAME_WORD = Pattern.compile("^\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?$");
    private static final int MAX_WORDS = 4;
    /** Nouns that head names of organisations and places, not of people ("Albertslund Kommune", "Vestskoven Gymnasium"). */
    private static final Pattern ORGANISATION_HEAD = Pattern.compile("(?iu)^(?:kommune|region|gymnasi|skole|fond|forening|"
            + "selskab|universitet|hospital|sygehus|udvalg|ministeri|styrelse|center|centret|group|consulting|bibliotek|"
            + "kirke|havn|park|vej|gade|plads)\\p{L}*$");

    private final NameFinderME finder;
    private final OrganisationGazetteer organisations;
    private final DanishLexicon dictionary = DanishLexicon.get();

    public PersonExtractor(TokenNameFinderModel model, OrganisationGazetteer organisations) {
        this.finder = new NameFinderME(model);
        this.organisations = organisations;
    }

    public List<Entity> extract(AnnotatedText text, String section) {
        List<Entity> found = new ArrayList<>();
        for (AnnotatedSentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
            List<int[]> candidates = new ArrayList<>();
            for (Span span : finder.find(words)) {
                if ("PER".equals(span.getType()) && !isThing(words[span.getStart()])) {
                    int end = extend(words, span.getStart(), span.getEnd());
                    // A model-only name must not end in a common noun ("Vestskoven Gymnasium").
                    if (isGivenName(words[span.getStart()]) || !isRoleOrThing(words[end - 1])) {
                        candidates.add(new int[]{span.getStart(), end});
                    }
                }
            }
            for (int i = 0; i < words.length; i++) {
                if (isGivenName(words[i])) {
                    int end = extend(words, i, i + 1);
                    if (end - i >= 2) {
                        candidates.add(new int[]{i, end});
                    }
                }
            }
            // Longest candidates first; a shorter one inside a longer one is the same name.
            candidates.sort((a, b) -> (b[1] - b[0]) - (a[1] - a[0]));
            boolean[] taken = new boolean[words.length];
            for (int[] c : candidates) {
                if (!anyTaken(taken, c[0], c[1])) {
                    add(text, tokens, c[0], c[1], section, taken, found);
                }
            }
            coordinated(text, tokens, words, section, taken, found);
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** A name goes on while surname-like words follow ("Kristina Koch" + "Sloth"). */
    private int extend(String[] words, int start, int end) {
        while (end < words.length && end - start < MAX_WORDS && NAME_WORD.matcher(words[end]).matches()
                && isSurnameLike(words[end])) {
            end++;
        }
        return end;
    }

    /**
     * A run of name-shaped words joined to a person by a comma or "og" is a person too, in an enumeration such as
     * "Peter Rymann, Helle Wagner Gehlert og Henriette Krag".
     */
    private void coordinated(AnnotatedText text, List<Token> tokens, String[] words, String section, boolean[] taken,
                             List<Entity> found) {
        for (int i = 1; i < words.length - 1; i++) {
            boolean joiner = words[i].equals(",") || words[i].equals("og");
            if (!joiner || !taken[i - 1] || taken[i + 1] || !NAME_WORD.matcher(words[i + 1]).matches()) {
                continue;
            }
            int end = i + 1;
            while (end < words.length && end - (i + 1) < MAX_WORDS && NAME_WORD.matcher(words[end]).matches()
                    && (end == i + 1 || isSurnameLike(words[end]))) {
                end++;
            }
            if (end - (i + 1) >= 2 && !isThing(words[i + 1])) {
                add(text, tokens, i + 1, end, section, taken, found);
            }
        }
    }

    /** A word the dictionary knows only as something other than a name, itself or as a compound ("Målplan"). */
    private boolean isThing(String word) {
        var readings = dictionary.readings(word);
        if (readings.isEmpty()) {
            return dictionary.isCompoundOfWords(word);
        }
        return readings.stream().noneMatch(r -> r.upos().equals("PROPN"));
    }

    /** Clears the name finder's memory of the document just read. */
    public void endDocument() {
        finder.clearAdaptiveData();
    }

    private void add(AnnotatedText text, List<Token> tokens, int from, int to, String section, boolean[] taken,
                     List<Entity> found) {
        for (int i = from; i < to; i++) {
            if (!NAME_WORD.matcher(tokens.get(i).text()).matches()) {
                return;
            }
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        String name = text.text().substring(start, end);
        if (organisations.lookup(name).isPresent() || organisationInside(name)
                || ORGANISATION_HEAD.matcher(tokens.get(to - 1).text()).matches()) {
            return;
        }
        for (int i = from; i < to; i++) {
            taken[i] = true;
        }
        found.add(new Entity(EntityType.PERSON, name, start, end, section, null, name));
    }

    private boolean organisationInside(String name) {
        return !organisations.find(name, "").isEmpty();
    }

    /** A given name: the dictionary knows the word as a proper noun. */
    private boolean isGivenName(String word) {
        return NAME_WORD.matcher(word).matches() && dictionary.readings(word).stream().anyMatch(r -> r.upos().equals("PROPN"));
    }

    /**
     * A surname: after a given name, a capitalised word is taken as part of the name (Danish surnames are often
     * common words too: Krag, Holm, Koch), unless it names a unit or body.
     */
    private boolean isSurnameLike(String word) {
        return organisations.lookup(word).isEmpty();
    }

    /** A last word that is a common noun and no name ("Gymnasium", "Kommunaldirektøren") ends no person's name. */
    private boolean isRoleOrThing(String word) {
        var readings = dictionary.readings(word);
        return !readings.isEmpty() && readings.stream().noneMatch(r -> r.upos().equals("PROPN"));
    }
}
