package dk.referatarkiv.testing;

import dk.referatarkiv.cli.Cli;
import dk.referatarkiv.cli.Command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs CLI commands as the jar would, capturing what they print. Not thread-safe; one per test. */
public final class CliCapture {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli;

    public CliCapture(Command... commands) {
        this.cli = new Cli(List.of(commands), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The exit code of {@code referatarkiv <args>}. */
    public int run(String... args) {
        return cli.run(args);
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
