package dk.referatarkiv.qa;

import dk.referatarkiv.cli.OpenArchive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The check the question-answering tests on made-up minutes share: answered, with the type, cited from the item. */
final class AnsweredFrom {

    private AnsweredFrom() {
    }

    /** The archive's answer to {@code question}, asserted to be given, of {@code type}, first cited from the item. */
    static Answer item(OpenArchive archive, String question, AnswerType type, String meetingId, int item) {
        Answer a = archive.answerer().ask(question);
        assertNotNull(a.answer(), question + " was not answered");
        assertEquals(type, a.answerType(), question + " -> " + a.answer());
        assertEquals(meetingId, a.evidence().get(0).meetingId(), question);
        assertEquals(item, a.evidence().get(0).item(), question);
        return a;
    }
}
