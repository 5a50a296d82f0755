package dk.referatarkiv.ingest;

/**
 * Where the stages after ingest (NLP, entities, people) report a meeting they could not process, so that one file's
 * bad input costs only that file. The stages do their per-meeting work through {@link #run}, which decides in one
 * place which errors are one file's fault: any {@link RuntimeException}, and a {@link StackOverflowError} (a regular
 * expression on a pathological line); any other {@link Error} still stops the run.
 */
@FunctionalInterface
public interface MeetingFailures {

    /** Fails the whole run on the first failure: for tools and tests that want no partial result. */
    MeetingFailures RETHROW = (meeting, stage, error) -> {
        if (error instanceof RuntimeException e) {
            throw e;
        }
        throw (Error) error;
    };

    void fail(Meeting meeting, String stage, Throwable error);

    /** Runs one meeting's work of a stage; false (and the failure reported) when it threw. */
    default boolean run(Meeting meeting, String stage, Runnable work) {
        try {
            work.run();
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            fail(meeting, stage, e);
            return false;
        }
    }

    /**
     * One meeting's work done where it cannot be reported yet (on another thread, in parallel over meetings): its
     * result, or the failure {@link #run} would have caught. The caller reports it in corpus order, on its own
     * thread, with {@code failures.run(meeting, stage, attempt::rethrow)}, so that neither the results nor the
     * reports depend on the timing.
     */
    record Attempt<T>(T value, Throwable failure) {

        public static <T> Attempt<T> of(java.util.function.Supplier<T> work) {
            try {
                return new Attempt<>(work.get(), null);
            } catch (RuntimeException | StackOverflowError e) {
                return new Attempt<>(null, e);
            }
        }

        /** Throws the failure again, so that {@link #run} reports it; nothing when the work succeeded. */
        public void rethrow() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }
    }

    /** An error as one line for a report: its type and the first line of its message. */
    static String reason(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return message.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
    }
}
