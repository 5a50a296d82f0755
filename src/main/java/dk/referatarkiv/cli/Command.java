package dk.referatarkiv.cli;

import java.io.PrintStream;
import java.util.List;

/** A subcommand of the {@code referatarkiv} command line. */
public interface Command {

    String name();

    /** One line for the command list. */
    String summary();

    /** The positional arguments, for the usage line, e.g. {@code "query"}; empty when none. */
    default String positionalUsage() {
        return "";
    }

    List<Args.Option> options();

    /** Runs the command; returns the process exit code. */
    int run(Args args, PrintStream out) throws Exception;
}
