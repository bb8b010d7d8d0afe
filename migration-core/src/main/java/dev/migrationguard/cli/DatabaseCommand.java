package dev.migrationguard.cli;

import dev.migrationguard.db.Secrets;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the commands that reach a database (roundtrip, drift, consolidate) share: reading the command line (usage
 * errors and {@code --help}), the configuration file, the connection options, and printing the problems found with
 * the password masked. Each command adds its own options and work in {@link #run(CommandLine, CommandConfig, String)}.
 */
abstract class DatabaseCommand {

    protected final PrintStream out;
    protected final PrintStream err;
    protected final Path workingDir;
    protected final Map<String, String> env;
    private final String usage;
    private final Set<String> valued;
    private final Set<String> flags;

    DatabaseCommand(PrintStream out, PrintStream err, Path workingDir, Map<String, String> env, String usage,
                    Set<String> valued, Set<String> flags) {
        this.out = out;
        this.err = err;
        this.workingDir = workingDir;
        this.env = env;
        this.usage = usage;
        this.valued = valued;
        this.flags = flags;
    }

    /** Runs the command; the exit status. */
    final int run(List<String> args) {
        CommandLine line;
        try {
            line = CommandLine.parse(args, valued, flags);
        } catch (CommandLine.UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(usage);
            return 2;
        }
        if (line.help()) {
            out.print(usage);
            return 0;
        }
        Optional<CommandConfig> loaded = CommandConfig.load(workingDir, line.value("--config"), err);
        if (loaded.isEmpty()) {
            return 2;
        }
        CommandConfig cc = loaded.get();
        cc.connection(line);
        return run(line, cc, line.value("--password"));
    }

    /** The command's own work, its connection options read into {@code cc}; the exit status. */
    abstract int run(CommandLine line, CommandConfig cc, String password);

    private static final Set<String> FORMATS = Set.of("text", "json", "markdown");

    /** {@code --format}: text (the default), json or markdown; a problem for anything else. */
    static String format(CommandLine line, List<String> problems) {
        String format = line.values().getOrDefault("--format", "text");
        if (!FORMATS.contains(format)) {
            problems.add("--format: expected text, json or markdown, found '" + format + "'");
        }
        return format;
    }

    /** Prints each of {@code problems} as an error, {@code password} masked; true when there was one. */
    final boolean printProblems(List<String> problems, String password) {
        for (String p : problems) {
            err.println("error: " + Secrets.mask(p, password));
        }
        return !problems.isEmpty();
    }
}
