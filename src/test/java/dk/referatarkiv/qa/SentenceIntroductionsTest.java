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
 * introduces something with a colon also passes the clause's words on; a label under a label does not. A label (no
 * verb) ending in a colon has the sentences under it as context.
 */
class SentenceIntroductionsTest {

    /**
     * The context each line gets as a sentence, in order: one sentence per line, its words tagged as given
     * ("var/AUX"), untagged words as nouns, each word's lemma its lower case without an end colon or full stop.
     */
    private static List<Set<String>> contexts(String... lines) {
        Lines read = read(lines);
        List<Set<String>> contexts = new ArrayList<>();
        SentencePreparer.Introductions previous = SentencePreparer.Introductions.NONE;
        for (int i = 0; i < read.sentences().size(); i++) {
            contexts.add(previous.context());
            previous = previous.next(read.sentences().get(i), read.text(), read.words().get(i));
        }
        return contexts;
    }

    /** The lines as sentences of one text, with each one's words (see {@link #contexts}). */
    private record Lines(String text, List<AnnotatedSentence> sentences, List<Set<String>> words) {
    }

    private static Lines read(String... lines) {
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
        return new Lines(text.toString(), sentences, words);
    }

    private static Set<String> headedBy(String... lines) {
        Lines read = read(lines);
        return SentencePreparer.labelled(read.sentences(), read.words(), 0, read.text());
    }

    @Test
    void aLabelEndingInAColonIsAboutTheSentencesUnderIt() {
        assertEquals(Set.of("til", "byrådet", "hvornår", "bliver", "stien", "asfalteret"),
                headedBy("Spørgsmål fra/ADP Ida Holm:", "Til/ADP byrådet", "Hvornår/ADV bliver/AUX stien asfalteret/VERB",
                        "Spørgsmål fra/ADP Bo Lund:", "Bænke"));
        // a clause introduces what follows without being about it; a list answers with its label (SentenceAnswerer)
        assertEquals(Set.of(), headedBy("Følgende mål gælder/VERB :", "Uændret skat"));
        assertEquals(Set.of(), headedBy("Målene:", "- Uændret skat"));
        assertEquals(Set.of(), headedBy("Ida Holm", "Bo Lund"));
        // at most three sentences
        assertEquals(Set.of("a", "b", "c"), headedBy("Spørgsmål fra/ADP Ida Holm:", "A", "B", "C", "D"));
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
