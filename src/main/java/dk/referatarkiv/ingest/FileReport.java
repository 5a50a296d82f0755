package dk.referatarkiv.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What happened to one file of the corpus.
 *
 * @param meetingId the meeting read from it, or null when it was skipped
 * @param items     the number of agenda items read
 */
public record FileReport(String file, Status status, String meetingId, int items, String layout,
                         List<IngestProblem> problems) {

    /**
     * INDEXED: read and indexed; SKIPPED: not read as minutes (see the error); FAILED: read, but a later stage
     * (NLP, entities, people, index) failed on it, so it was left out (see the error, which names the stage).
     */
    public enum Status { INDEXED, SKIPPED, FAILED }

    public FileReport {
        problems = List.copyOf(problems);
    }

    /** This file left out after a later stage failed on it; the reason names the stage, e.g. "stage nlp: ...". */
    public FileReport failed(String reason) {
        List<IngestProblem> all = new ArrayList<>(problems);
        all.add(IngestProblem.error(file, reason));
        return new FileReport(file, Status.FAILED, meetingId, items, layout, all);
    }

    static FileReport skipped(String file, String reason) {
        return new FileReport(file, Status.SKIPPED, null, 0, "", List.of(IngestProblem.error(file, reason)));
    }
}
