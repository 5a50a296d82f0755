package dk.referatarkiv.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one subcommand: {@code --name value} options, {@code --flag}s and positional words, checked
 * against the options the command declares. Errors name the bad option or value.
 */
public final class Args {

    /** An option a command accepts. A flag takes no value. */
    public record Option(String name, String defaultValue, String description, boolean flag) {
        public static Option value(String name, String defaultValue, String description) {
            return new Option(name, defaultValue, description, false);
        }

        public static Option flag(String name, String description) {
            return new Option(name, "false", description, true);
        }
    }

    /** A usage error: the message says what is wrong. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    private final Map<String, String> values;
    private final List<String> positionals;

    private Args(Map<String, String> values, List<String> positionals) {
        this.values = values;
        this.positionals = positionals;
    }

    public static Args parse(String[] argv, List<Option> options) throws UsageException {
        Map<String, Option> known = new LinkedHashMap<>();
        options.forEach(o -> known.put(o.name(), o));
        Map<String, String> values = new LinkedHashMap<>();
        options.forEach(o -> values.put(o.name(), o.defaultValue()));
        List<String> positionals = new ArrayList<>();
        for (int i = 0; i < argv.length; i++) {
            String arg = argv[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                positionals.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String inline = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inline = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            Option option = known.get(name);
            if (option == null) {
                throw new UsageException("unknown option --" + name);
            }
            if (option.flag()) {
                values.put(name, "true");
            } else if (inline != null) {
                values.put(name, inline);
            } else if (i + 1 < argv.length) {
                values.put(name, argv[++i]);
            } else {
                throw new UsageException("option --" + name + " needs a value");
            }
        }
        return new Args(values, positionals);
    }

    public String get(String name) {
        return values.get(name);
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(values.get(name));
    }

    public Path path(String name) {
        return Path.of(values.get(name));
    }

    public int integer(String name, int min, int max) throws UsageException {
        String value = values.get(name);
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }

    public List<String> positionals() {
        return List.copyOf(positionals);
    }
}
