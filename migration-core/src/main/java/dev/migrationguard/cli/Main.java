package dev.migrationguard.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The command line: {@code java -jar migration-guard.jar lint [options] PATH...}. Exit 0 = nothing at or above
 * fail-on, 1 = findings, 2 = usage or environment error.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err, Path.of("").toAbsolutePath()));
    }

    /** Runs a command and returns its exit status; never calls {@code System.exit}. */
    public static int run(List<String> args, PrintStream out, PrintStream err, Path workingDir) {
        if (args.isEmpty() || args.get(0).equals("-h") || args.get(0).equals("--help")) {
            out.print(LintCommand.USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        try {
            return switch (args.get(0)) {
                case "lint" -> new LintCommand(out, err, workingDir).run(args.subList(1, args.size()));
                default -> {
                    err.println("error: unknown command '" + args.get(0) + "'; the command is: lint");
                    yield 2;
                }
            };
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println("error: Migration Guard failed: " + e + "; please report it with the files that caused it");
            return 2;
        }
    }
}
