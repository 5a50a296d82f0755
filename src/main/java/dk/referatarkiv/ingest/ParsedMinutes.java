package dk.referatarkiv.ingest;

import java.util.List;

/**
 * The result of parsing one file: its meetings (usually one; a file may hold several), how its items were found,
 * and the warnings met on the way.
 */
public record ParsedMinutes(List<Meeting> meetings, String layout, List<IngestProblem> warnings) {
    public ParsedMinutes {
        meetings = List.copyOf(meetings);
        warnings = List.copyOf(warnings);
    }

    /** The first meeting of the file. */
    public Meeting meeting() {
        return meetings.get(0);
    }
}
