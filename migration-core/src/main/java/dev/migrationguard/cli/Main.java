package dev.migrationguard.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code java -jar migration-guard.jar lint [options] PATH...} (exit 0 = nothing at or above
 * fail-on, 1 = findings) and {@code roundtrip [options] PATH...} (exit 0 = every pair reversible, 1 = not); 2 = usage
 * or environment error.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // JGit (lint --base) logs through SLF4J; the jar carries no logging backend, and SLF4J's own warning about
        // that would be the first line of every run
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        System.exit(run(Arrays.asList(args), System.out, System.err, Path.of("").toAbsolutePath()));
    }

    /** Runs a command and returns its exit status; never calls {@code System.exit}. */
    public static int run(List<String> args, PrintStream out, PrintStream err, Path workingDir) {
        return run(args, out, err, workingDir, System.getenv());
    }

    /** As {@link #run(List, PrintStream, PrintStream, Path)}, with {@code env} as the environment variables. */
    static int run(List<String> args, PrintStream out, PrintStream err, Path workingDir, Map<String, String> env) {
        if (args.isEmpty() || args.get(0).equals("-h") || args.get(0).equals("--help")) {
            out.print(LintCommand.USAGE);
            out.println();
            out.print(RoundtripCommand.USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        try {
            return switch (args.get(0)) {
                case "lint" -> new LintCommand(out, err, workingDir).run(args.subList(1, args.size()));
                case "roundtrip" -> new RoundtripCommand(out, err, workingDir, env).run(args.subList(1, args.size()));
                default -> {
                    err.println("error: unknown command '" + args.get(0) + "'; the commands are: lint, roundtrip");
                    yield 2;
                }
            };
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println("error: Migration Guard failed: " + e + "; please report it with the files that caused it");
            return 2;
        }
    }
}
