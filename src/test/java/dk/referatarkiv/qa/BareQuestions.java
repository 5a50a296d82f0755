package dk.referatarkiv.qa;

import java.util.List;
import java.util.Set;

/** Questions as the analyser would give them with nothing read but their text and type, for tests of text rules. */
final class BareQuestions {

    private BareQuestions() {
    }

    /** A question of the type with its text only: no terms, verbs, constraints or focus. */
    static Question of(String text, AnswerType type) {
        return new Question(text, type, List.of(), Set.of(), null, null, null, null, null, QuestionConstraints.NONE,
                null, null, null, false);
    }
}
