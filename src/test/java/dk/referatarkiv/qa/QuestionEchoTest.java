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

    /** "Hvilken vejbelægning valgte udvalget til torvepladsen?" as the analyser gives its terms. */
    private static final Question PAVING = new Question("Hvilken vejbelægning valgte udvalget til torvepladsen?",
            AnswerType.OTHER, List.of(
                    new ContentLemmas.Term("vejbelægning", Set.of("vejbelægning"), Set.of("vejbelægning"), Set.of("vej", "belægning")),
                    new ContentLemmas.Term("valgte", Set.of("vælge"), Set.of("vælge", "valgte"), Set.of()),
                    new ContentLemmas.Term("torvepladsen", Set.of("torveplads"), Set.of("torveplads"),
                            Set.of("torv", "plads"))),
            Set.of("vælge"), null, null, null, null, null, QuestionConstraints.NONE, null, "vejbelægning", null, true);

    @Test
    void aSentenceOfTheQuestionsWordsOnlyAddsNothing() {
        IndexedSentence title = sentence("Vejbelægning til torvepladsen", List.of(
                token(0, "Vejbelægning", "vejbelægning", "vej", "belægning"), token(17, "torvepladsen", "torveplads", "torv", "plads")));
        assertFalse(new QuestionEcho(PAVING).addsTo(title));
    }

    @Test
    void aWordOfItsOwnIsAnAnswer() {
        IndexedSentence answer = sentence("Udvalget valgte vejbelægningen Granit til torvepladsen", List.of(
                token(0, "Udvalget", "udvalg"), token(9, "valgte", "vælge"), token(16, "vejbelægningen", "vejbelægning", "vej", "belægning"),
                token(31, "Granit", "granit"), token(42, "torvepladsen", "torveplads", "torv", "plads")));
        assertTrue(new QuestionEcho(PAVING).addsTo(answer));
    }

    @Test
    void aSharedCompoundPartIsNotTheQuestionsWord() {
        // both parts of "pladsbelægning" are parts of the question's words ("vejbelægning", "torvepladsen"), but the
        // word is not the question's: it says which paving
        IndexedSentence other = sentence("Torvepladsen får pladsbelægning", List.of(
                token(0, "Torvepladsen", "torveplads", "torv", "plads"),
                token(17, "pladsbelægning", "pladsbelægning", "plads", "belægning")));
        assertTrue(new QuestionEcho(PAVING).addsTo(other));
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
