package dk.referatarkiv.qa;

import dk.referatarkiv.ingest.MinutesLexicon;
import dk.referatarkiv.ingest.MinutesLexicon.Party;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The party a question names ("liste V", "Venstres byrådsgruppe", "Dansk Folkeparti") and whether a sentence names the
 * same one, so that "Hvem indstillede liste V til udvalget …" prefers the sentence about list V to one about list A. A
 * party is named by its list letter after "liste(n)" or in parentheses ("Anna Holm (V)"), or by a name or other
 * spelling of {@code parties.tsv} as written, with its capital, alone or in the genitive. Lower-case "venstre" (left)
 * and a capitalised ordinary word at a sentence's start are no party; a local list letter ("liste L") is matched as
 * a letter. Immutable and thread-safe.
 */
final class PartyNames {

    /** A party named in a text: its list letter and where it stands. */
    record Named(String letter, int start, int end) {
    }

    /**
     * "liste V", "listen Ø": any list letter, local ones too; "Anna Holm (V)", "Ib Lund (DF)": a national party's letter
     * or abbreviation in parentheses after a name of two words. "bilag (A)", "Kommunernes Landsforening (KL)" and
     * "Etape (I)" name no party.
     */
    static final Pattern LETTER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[Ll]isten?\\s+(?<list>\\p{Lu}{1,2})(?![\\p{L}\\p{N}])"
                    // the bracket first, then the look behind it (which takes it in): a look-behind tried at every
                    // position of every sentence was most of the time spent on parties
                    + "|\\((?<=\\p{Lu}\\p{L}{1,30}\\s\\p{Lu}\\p{L}{1,30}\\s{0,2}\\()(?<paren>\\p{Lu}{1,2})\\)");

    /** The parties of the lexicon the ingest reads participants with. */
    static final PartyNames DEFAULT = new PartyNames(MinutesLexicon.DEFAULT);

    private final MinutesLexicon lexicon;
    private final Pattern names;
    private final Map<String, Party> byName;

    PartyNames(MinutesLexicon lexicon) {
        this.lexicon = lexicon;
        this.byName = lexicon.partyNames();
        this.names = lexicon.partyNamePattern();
    }

    /** The first party {@code text} names, if any. */
    Optional<Named> first(String text) {
        Named best = null;
        Matcher letter = LETTER.matcher(text);
        while (best == null && letter.find()) {
            Optional<String> party = letterOf(letter);
            if (party.isPresent()) {
                best = new Named(party.get(), letter.start(), letter.end());
            }
        }
        Matcher name = names.matcher(text);
        while (name.find()) {
            if (best != null && name.start() >= best.start()) {
                break;
            }
            if (ordinaryWord(text, name)) {
                continue;
            }
            best = new Named(byName.get(name.group("name")).letter(), name.start(), name.end());
            break;
        }
        return Optional.ofNullable(best);
    }

    /** True when {@code text} names the party of list letter {@code letter}. */
    boolean names(String text, String letter) {
        Matcher m = LETTER.matcher(text);
        while (m.find()) {
            if (letterOf(m).filter(letter::equals).isPresent()) {
                return true;
            }
        }
        Matcher name = names.matcher(text);
        while (name.find()) {
            if (!ordinaryWord(text, name) && byName.get(name.group("name")).letter().equals(letter)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The list letter a {@link #LETTER} match names: after "liste" any letter (a local list's too); in parentheses only
     * a national party's letter or abbreviation ("DF" is O).
     */
    private Optional<String> letterOf(Matcher m) {
        if (m.group("list") != null) {
            return lexicon.party(m.group("list")).map(Party::letter);
        }
        return lexicon.party(m.group("paren")).filter(Party::isNamed).map(Party::letter);
    }

    /**
     * "Venstre" first in a sentence or line may be the ordinary word (left); its capital proves nothing there. After a
     * colon it is a name ("Imod stemte: Venstre og …").
     */
    private static boolean ordinaryWord(String text, Matcher name) {
        if (!MinutesLexicon.ORDINARY_PARTY_WORDS.contains(name.group("name") + name.group("genitive"))) {
            return false;
        }
        int i = name.start() - 1;
        while (i >= 0 && !Character.isLetterOrDigit(text.charAt(i)) && ".!?\n".indexOf(text.charAt(i)) < 0) {
            i--;
        }
        return i < 0 || ".!?\n".indexOf(text.charAt(i)) >= 0;
    }
}
