package dk.referatarkiv.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Dispatches {@code referatarkiv <command> [options]} to its command and prints help. */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private final List<Command> commands;
    private final PrintStream out;
    private final PrintStream err;

    public Cli(List<Command> commands, PrintStream out, PrintStream err) {
        this.commands = List.copyOf(commands);
        this.out = out;
        this.err = err;
    }

    public int run(String[] argv) {
        if (argv.length == 0 || isHelp(argv[0])) {
            printOverview(argv.length == 0 ? err : out);
            return argv.length == 0 ? USAGE : OK;
        }
        Optional<Command> command = commands.stream().filter(c -> c.name().equals(argv[0])).findFirst();
        if (command.isEmpty()) {
            err.println("unknown command '" + argv[0] + "'");
            printOverview(err);
            return USAGE;
        }
        String[] rest = Arrays.copyOfRange(argv, 1, argv.length);
        if (Arrays.stream(rest).anyMatch(Cli::isHelp)) {
            printUsage(command.get(), out);
            return OK;
        }
        try {
            return command.get().run(Args.parse(rest, command.get().options()), out);
        } catch (Args.UsageException e) {
            err.println(command.get().name() + ": " + e.getMessage());
            printUsage(command.get(), err);
            return USAGE;
        } catch (Exception e) {
            err.println(command.get().name() + " failed: " + e.getMessage());
            return FAILURE;
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }

    private void printOverview(PrintStream stream) {
        stream.println("usage: java -jar target/referatarkiv.jar <command> [options]");
        stream.println();
        stream.println("commands:");
        for (Command c : commands) {
            stream.printf("  %-10s %s%n", c.name(), c.summary());
        }
        stream.println();
        stream.println("'<command> --help' lists the options of a command.");
    }

    static void printUsage(Command command, PrintStream stream) {
        String positional = command.positionalUsage().isEmpty() ? "" : " " + command.positionalUsage();
        stream.println("usage: java -jar target/referatarkiv.jar " + command.name() + positional + " [options]");
        stream.println(command.summary());
        stream.println();
        stream.println("options:");
        for (Args.Option o : command.options()) {
            String name = o.flag() ? "--" + o.name() : "--" + o.name() + " <value>";
            String def = o.flag() ? "" : " (default: " + o.defaultValue() + ")";
            stream.printf("  %-22s %s%s%n", name, o.description(), def);
        }
        stream.printf("  %-22s %s%n", "--help", "show this help");
    }
}
