package dk.referatarkiv.qa;

import dk.referatarkiv.search.SearchHit;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a question, with the evidence that proves it first.
 *
 * @param answer     a short Danish answer, or null when the archive does not say (type NONE)
 * @param confidence 0..1
 * @param related    the nearest items, as search hits
 */
public record Answer(String question, AnswerType answerType, String answer, double confidence, List<Evidence> evidence,
                     List<SearchHit> related) {

    /** A cited sentence: meeting, item, section and the verbatim text with its offsets in the section. */
    public record Evidence(String meetingId, LocalDate meetingDate, int item, String title, String section, String text,
                           int start, int end) {
    }

    public static Answer none(String question, List<SearchHit> related) {
        return new Answer(question, AnswerType.NONE, null, 0, List.of(), related);
    }

    Answer withRelated(List<SearchHit> hits) {
        return new Answer(question, answerType, answer, confidence, evidence, hits);
    }
}
