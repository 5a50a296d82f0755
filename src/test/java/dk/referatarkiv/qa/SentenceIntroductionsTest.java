package dk.referatarkiv.qa;

import dk.referatarkiv.nlp.AnnotatedSentence;
import dk.referatarkiv.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a sentence passes on to the next as context: its own words; a label ending in a colon under a clause that
 * introduces something with a colon also passes the clause's words on; a label under a label does not.
 */
class SentenceIntroductionsTest {

    /**
     * The context each line gets as a sentence, in order: one sentence per line, its words tagged as given
     * ("var/AUX"), untagged words as nouns, each word's lemma its lower case without an end colon or full stop.
     */
    private static List<Set<String>> contexts(String... lines) {
        StringBuilder text = new StringBuilder();
        List<AnnotatedSentence> sentences = new ArrayList<>();
        List<Set<String>> words = new ArrayList<>();
        for (String line : lines) {
            int start = text.length();
            List<Token> tokens = new ArrayList<>();
            for (String word : line.split(" ")) {
                String[] tagged = word.split("/");
                if (text.length() > start) {
                    text.append(' ');
                }
                int at = text.length();
                text.append(tagged[0]);
                String lemma = tagged[0].replaceAll("[:.]$", "").toLowerCase(Locale.ROOT);
                tokens.add(new Token(tagged[0], at, text.length(), tagged.length > 1 ? tagged[1] : "NOUN", lemma));
            }
            sentences.add(new AnnotatedSentence(start, text.length(), tokens));
            words.add(tokens.stream().map(Token::lemma).filter(l -> !l.isEmpty()).collect(Collectors.toSet()));
            text.append('\n');
        }
        List<Set<String>> contexts = new ArrayList<>();
        SentencePreparer.Introductions previous = SentencePreparer.Introductions.NONE;
        for (int i = 0; i < sentences.size(); i++) {
            contexts.add(previous.context());
            previous = previous.next(sentences.get(i), text.toString(), words.get(i));
        }
        return contexts;
    }

    @Test
    void aLabelUnderAnIntroducingClausePassesOnBoth() {
        List<Set<String>> contexts = contexts("Til stede/ADV var/AUX :", "Fra/ADP Ældrerådet :", "Ida Holm");
        assertEquals(Set.of("til", "stede", "var"), contexts.get(1));
        assertEquals(Set.of("til", "stede", "var", "fra", "ældrerådet"), contexts.get(2));
    }

    @Test
    void aLabelUnderALabelIsItsSibling() {
        List<Set<String>> contexts = contexts("Fraværende:", "Deltagere:", "Ida Holm");
        assertEquals(Set.of("deltagere"), contexts.get(2));
    }

    @Test
    void aSentenceThatIntroducesNothingPassesOnItsOwnWordsOnly() {
        List<Set<String>> contexts = contexts("Til stede/ADV var/AUX :", "Ida Holm.", "Bo Lund");
        assertEquals(Set.of("ida", "holm"), contexts.get(2));
    }
}
