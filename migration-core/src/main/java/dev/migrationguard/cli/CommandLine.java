package dev.migrationguard.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One command's arguments: options with a value ({@code --name value} or {@code --name=value}), flags, and the rest
 * as paths; {@code -h} / {@code --help} asks for the usage. A repeated option keeps its last value.
 *
 * @param values the value of each option given
 * @param flags  the flags given, in order
 * @param paths  the other arguments, in order
 * @param help   {@code -h} or {@code --help} was given
 */
record CommandLine(Map<String, String> values, List<String> flags, List<String> paths, boolean help) {

    /** Arguments that do not fit the command; the message says which. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Splits {@code args}.
     *
     * @param valueOptions the options that take a value, e.g. {@code --format}
     * @param flagOptions  the options that take none, e.g. {@code --lint-down}
     * @throws UsageException for an unknown option or an option without its value (a value after {@code =} is never
     *                        repeated in the message, so that {@code --password=...} stays unprinted)
     */
    static CommandLine parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions)
            throws UsageException {
        Map<String, String> values = new HashMap<>();
        List<String> flags = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (name.equals("-h") || name.equals("--help")) {
                help = true;
            } else if (valueOptions.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args.get(++i);
                }
                values.put(name, value);
            } else if (flagOptions.contains(a)) {
                flags.add(a);
            } else if (a.startsWith("-")) {
                throw new UsageException("unknown option " + (eq > 0 ? name + "=****" : a));
            } else {
                paths.add(a);
            }
        }
        return new CommandLine(Map.copyOf(values), List.copyOf(flags), List.copyOf(paths), help);
    }

    /** The value of {@code option}, or null when it was not given. */
    String value(String option) {
        return values.get(option);
    }

    /** True when {@code flag} was given. */
    boolean has(String flag) {
        return flags.contains(flag);
    }
}
