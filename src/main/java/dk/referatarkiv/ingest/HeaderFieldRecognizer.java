package dk.referatarkiv.ingest;

import java.util.List;

/** Recognises one kind of header field (date, place, participants ...) of one layout. */
@FunctionalInterface
public interface HeaderFieldRecognizer {

    /**
     * Reads the field that starts at {@code lines.get(index)} into {@code header}.
     *
     * @return how many lines the field used; 0 when the line is not this field
     */
    int read(List<SourceLine> lines, int index, MeetingHeader header, ProblemSink problems);
}
