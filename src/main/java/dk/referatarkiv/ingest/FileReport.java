package dk.referatarkiv.ingest;

import java.util.List;

/**
 * What happened to one file of the corpus.
 *
 * @param meetingId the meeting read from it, or null when it was skipped
 * @param items     the number of agenda items read
 */
public record FileReport(String file, Status status, String meetingId, int items, String layout,
                         List<IngestProblem> problems) {

    public enum Status { INDEXED, SKIPPED }

    public FileReport {
        problems = List.copyOf(problems);
    }

    static FileReport skipped(String file, String reason) {
        return new FileReport(file, Status.SKIPPED, null, 0, "", List.of(IngestProblem.error(file, reason)));
    }
}
