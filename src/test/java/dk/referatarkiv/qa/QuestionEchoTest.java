package dk.referatarkiv.qa;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sentence that holds only the question's own words is the question's topic, not an answer; one word or number the
 * question does not have, as a reading of its own and not merely a shared compound part, makes it one.
 */
class QuestionEchoTest {

    /** "Hvilken skrifttype valgte udvalget til vejnavneskiltene?" as the analyser gives its terms. */
    private static final Question TYPEFACE = new Question("Hvilken skrifttype valgte udvalget til vejnavneskiltene?",
            AnswerType.OTHER, List.of(
                    new ContentLemmas.Term("skrifttype", Set.of("skrifttype"), Set.of("skrifttype"), Set.of("skrift", "type")),
                    new ContentLemmas.Term("valgte", Set.of("vælge"), Set.of("vælge", "valgte"), Set.of()),
                    new ContentLemmas.Term("vejnavneskiltene", Set.of("vejnavneskilt"), Set.of("vejnavneskilt"),
                            Set.of("vejnavn", "skilt"))),
            Set.of("vælge"), null, null, null, null, null, QuestionConstraints.NONE, null, "skrifttype", null, true);

    @Test
    void aSentenceOfTheQuestionsWordsOnlyAddsNothing() {
        IndexedSentence title = sentence("Skrifttype til vejnavneskilte", List.of(
                token(0, "Skrifttype", "skrifttype", "skrift", "type"), token(15, "vejnavneskilte", "vejnavneskilt", "vejnavn", "skilt")));
        assertFalse(new QuestionEcho(TYPEFACE).addsTo(title));
    }

    @Test
    void aWordOfItsOwnIsAnAnswer() {
        IndexedSentence answer = sentence("Udvalget valgte skrifttypen Tern til vejnavneskiltene", List.of(
                token(0, "Udvalget", "udvalg"), token(9, "valgte", "vælge"), token(16, "skrifttypen", "skrifttype", "skrift", "type"),
                token(28, "Tern", "tern"), token(37, "vejnavneskiltene", "vejnavneskilt", "vejnavn", "skilt")));
        assertTrue(new QuestionEcho(TYPEFACE).addsTo(answer));
    }

    @Test
    void aSharedCompoundPartIsNotTheQuestionsWord() {
        // both parts of "typeskilt" are parts of the question's words ("skrifttype", "vejnavneskiltene"), but the
        // word is not the question's: it says which sign
        IndexedSentence other = sentence("Skrifttype til typeskilt", List.of(
                token(0, "Skrifttype", "skrifttype", "skrift", "type"), token(15, "typeskilt", "typeskilt", "type", "skilt")));
        assertTrue(new QuestionEcho(TYPEFACE).addsTo(other));
    }

    private static IndexedSentence.TokenLemmas token(int start, String form, String... variants) {
        List<String> v = new ArrayList<>(List.of(variants));
        v.add(1, form.toLowerCase(java.util.Locale.ROOT));
        return new IndexedSentence.TokenLemmas(start, start + form.length(), new java.util.LinkedHashSet<>(v));
    }

    private static IndexedSentence sentence(String text, List<IndexedSentence.TokenLemmas> tokens) {
        Set<String> lemmas = new java.util.HashSet<>();
        tokens.forEach(t -> lemmas.addAll(t.variants()));
        return new IndexedSentence("m", null, 1, text, "title", "", 0, text, 0, text.length(), lemmas, Set.of(), Set.of(),
                List.of(), tokens);
    }
}
