package dk.referatarkiv.ingest;

import java.util.ArrayList;
import java.util.List;

/** Collects the warnings of one file's parse. Not thread-safe; one per parse. */
public final class ProblemSink {
    private final String file;
    private final List<IngestProblem> problems = new ArrayList<>();

    public ProblemSink(String file) {
        this.file = file;
    }

    public void warn(int line, String message) {
        problems.add(IngestProblem.warning(file, line, message));
    }

    public List<IngestProblem> problems() {
        return List.copyOf(problems);
    }
}
