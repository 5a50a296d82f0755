package dk.referatarkiv.index;

import dk.referatarkiv.ingest.MinutesLexicon;
import dk.referatarkiv.ingest.MinutesLexicon.Party;
import dk.referatarkiv.nlp.AnnotatedSentence;
import dk.referatarkiv.nlp.AnnotatedText;
import dk.referatarkiv.nlp.Token;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parties a text names explicitly, by the names in {@code parties.tsv}. Three rules keep ordinary words and
 * letters from being read as parties:
 * <ul>
 *   <li>a party name counts as written, with its capitals, alone or in the genitive ({@code Venstres byrådsgruppe});
 *       lower-case "venstre" (left) never counts;</li>
 *   <li>a name that is also an ordinary Danish word ({@link MinutesLexicon#ORDINARY_PARTY_WORDS}: "Venstre",
 *       "Alternativet", ...) counts only inside a sentence, where its capital shows it is a name, not at the start of
 *       a sentence or line;</li>
 *   <li>a list letter ("A", "V") or a short abbreviation ("SF", "DF") counts only in a participant context: in
 *       parentheses after a name of two words or more, {@code Jens Hansen (V)}. "Bilag A" or "plan A" is no party.</li>
 * </ul>
 * Only parties of the national list count ({@link Party#isNamed()}): a local list letter names nothing the archive
 * can show, and "uden for partierne" is no party. Immutable and thread-safe.
 */
final class PartyMentionFinder {

    /**
     * A word of a name: two letters or more, or an initial with its full stop ("K."). A lone capital is no name word,
     * so that "Skema A (B)", a form and its annex, is no participant.
     */
    private static final String NAME_WORD = "\\p{Lu}(?:\\p{L}[\\p{L}'’\\-]*|\\.)";
    /** "Jens Hansen (V)", "Karl de Vinck (C)", "Per R. Holm, (Socialdemokratiet)". */
    private static final Pattern PARTICIPANT = Pattern.compile(
            NAME_WORD + "(?:\\s+(?:(?:de|von|van|af|du|la)\\s+)?" + NAME_WORD + "){1,5}\\s*,?\\s*\\((?<party>[^()\\n]{1,40})\\)");

    private final MinutesLexicon lexicon;
    private final Pattern names;
    private final Map<String, Party> partyOf;

    PartyMentionFinder(MinutesLexicon lexicon) {
        this.lexicon = lexicon;
        this.partyOf = lexicon.partyNames();
        this.names = lexicon.partyNamePattern();
    }

    /** The parties the texts name, in order of first mention. */
    Set<Party> find(List<AnnotatedText> texts) {
        Set<Party> found = new LinkedHashSet<>();
        for (AnnotatedText text : texts) {
            found.addAll(find(text));
        }
        return found;
    }

    /** The parties one text names, in order of first mention. */
    Set<Party> find(AnnotatedText text) {
        Set<Party> found = new LinkedHashSet<>();
        String s = text.text();
        Matcher name = names.matcher(s);
        while (name.find()) {
            String form = name.group("name") + name.group("genitive");
            if (MinutesLexicon.ORDINARY_PARTY_WORDS.contains(form) && startsSentence(text, name.start())) {
                continue;
            }
            found.add(partyOf.get(name.group("name")));
        }
        Matcher participant = PARTICIPANT.matcher(s);
        while (participant.find()) {
            Optional<Party> party = lexicon.party(participant.group("party"));
            if (party.isPresent() && party.get().isNamed()) {
                found.add(party.get());
            }
        }
        return found;
    }

    /**
     * True when the word at {@code at} opens a sentence (its first token with a letter), or a line, a heading or a list
     * entry: nothing but bullets, numbers or punctuation stands before it on its line.
     */
    private static boolean startsSentence(AnnotatedText text, int at) {
        for (AnnotatedSentence sentence : text.sentences()) {
            if (sentence.start() <= at && at < sentence.end()) {
                Optional<Token> first = sentence.tokens().stream()
                        .filter(t -> t.text().codePoints().anyMatch(Character::isLetter)).findFirst();
                if (first.isPresent() && first.get().start() == at) {
                    return true;
                }
                break;
            }
        }
        String s = text.text();
        int lineStart = s.lastIndexOf('\n', at - 1) + 1;
        return s.substring(lineStart, at).codePoints().noneMatch(Character::isLetter);
    }
}
