package dk.referatarkiv.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What happened to one file of the corpus.
 *
 * @param meetingIds the meetings read from it (one, or more for a file with several meetings); empty when skipped
 * @param items      the number of agenda items read (of the meetings left, once a stage failed on some)
 * @param problems   what ingest found: warnings, and for a skipped file the reason
 * @param failures   what the later stages found: one line per meeting they left out, naming the stage
 */
public record FileReport(String file, Status status, List<String> meetingIds, int items, String layout,
                         List<IngestProblem> problems, List<String> failures) {

    /**
     * INDEXED: read and indexed; SKIPPED: not read as minutes (see the error); FAILED: read, but a later stage
     * (NLP, entities, people, index) failed on it, so it was left out (see the error, which names the stage).
     */
    public enum Status { INDEXED, SKIPPED, FAILED }

    public FileReport {
        meetingIds = List.copyOf(meetingIds);
        problems = List.copyOf(problems);
        failures = List.copyOf(failures);
    }

    /** A file read into these meetings. */
    static FileReport indexed(String file, List<String> meetingIds, int items, String layout, List<IngestProblem> problems) {
        return new FileReport(file, Status.INDEXED, meetingIds, items, layout, problems, List.of());
    }

    /**
     * This file after later stages failed on some of its meetings (meeting id → reason naming the stage, e.g.
     * "stage nlp: ..."): each failure is an error of the file; the file is FAILED when none of its meetings is left,
     * and keeps only the items of the meetings left ({@code itemsLeft}) otherwise.
     */
    public FileReport failed(Map<String, String> reasons, int itemsLeft) {
        List<String> all = new ArrayList<>(failures);
        List<String> left = new ArrayList<>();
        for (String id : meetingIds) {
            if (reasons.containsKey(id)) {
                all.add(meetingIds.size() > 1 ? id + " left out: " + reasons.get(id) : reasons.get(id));
            } else {
                left.add(id);
            }
        }
        return new FileReport(file, left.isEmpty() ? Status.FAILED : status, left, itemsLeft, layout, problems, all);
    }

    public static FileReport skipped(String file, String reason) {
        return new FileReport(file, Status.SKIPPED, List.of(), 0, "", List.of(IngestProblem.error(file, reason)), List.of());
    }
}
