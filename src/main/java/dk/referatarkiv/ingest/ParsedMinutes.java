package dk.referatarkiv.ingest;

import java.util.List;

/** The result of parsing one file: the meeting and the warnings met on the way. */
public record ParsedMinutes(Meeting meeting, String layout, List<IngestProblem> warnings) {
    public ParsedMinutes {
        warnings = List.copyOf(warnings);
    }
}
