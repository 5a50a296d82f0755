package dk.referatarkiv.ingest;

/**
 * Something wrong with an input file. An {@link Severity#ERROR} means the file was not indexed; a
 * {@link Severity#WARNING} means it was indexed with a caveat.
 *
 * @param line the 1-based line the problem is on, or 0 when it concerns the whole file
 */
public record IngestProblem(Severity severity, String file, int line, String message) {

    public enum Severity { WARNING, ERROR }

    public static IngestProblem error(String file, String message) {
        return new IngestProblem(Severity.ERROR, file, 0, message);
    }

    public static IngestProblem warning(String file, int line, String message) {
        return new IngestProblem(Severity.WARNING, file, line, message);
    }

    @Override
    public String toString() {
        return severity + " " + file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
