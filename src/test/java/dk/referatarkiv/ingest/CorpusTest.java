package dk.referatarkiv.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A later stage's failures, reported on the files they came from. */
class CorpusTest {

    private static Meeting meeting(String id, String file, int items) {
        List<AgendaItem> list = new java.util.ArrayList<>();
        for (int i = 1; i <= items; i++) {
            list.add(new AgendaItem(i, "Punkt " + i, "Punkt " + i, null, "", "", List.of(), i, false));
        }
        return new Meeting(id, "", "Byrådet", LocalDate.of(2023, 1, items), null, null, "", List.of(), list, file);
    }

    private final Corpus corpus = new Corpus(
            List.of(meeting("byraadet-2023-01-02", "two.txt", 2), meeting("byraadet-2023-01-03", "two.txt", 3),
                    meeting("byraadet-2023-01-04", "one.txt", 4)),
            List.of(FileReport.indexed("one.txt", List.of("byraadet-2023-01-04"), 4, "headings", List.of()),
                    FileReport.indexed("two.txt", List.of("byraadet-2023-01-02", "byraadet-2023-01-03"), 5, "headings",
                            List.of())),
            "fingerprint");

    @Test
    void aFileWithTwoMeetingsKeepsTheOneNoStageFailedOn() {
        Corpus failed = corpus.withFailures(Map.of("byraadet-2023-01-03", "stage nlp: IllegalStateException"));
        FileReport two = failed.reports().get(1);
        assertEquals(FileReport.Status.INDEXED, two.status());
        assertEquals(List.of("byraadet-2023-01-02"), two.meetingIds());
        assertEquals(2, two.items());
        assertEquals(List.of("byraadet-2023-01-03 left out: stage nlp: IllegalStateException"), two.failures());
        assertEquals(List.of("byraadet-2023-01-04", "byraadet-2023-01-02"), failed.meetings().stream().map(Meeting::id).toList());
    }

    @Test
    void aFileIsFailedWhenNoneOfItsMeetingsIsLeft() {
        Corpus failed = corpus.withFailures(Map.of("byraadet-2023-01-04", "stage entities: NullPointerException"));
        FileReport one = failed.reports().get(0);
        assertEquals(FileReport.Status.FAILED, one.status());
        assertEquals(List.of("stage entities: NullPointerException"), one.failures());
        assertEquals(FileReport.Status.INDEXED, failed.reports().get(1).status());
    }
}
