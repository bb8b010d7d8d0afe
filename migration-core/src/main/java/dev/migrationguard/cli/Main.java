package dev.migrationguard.cli;

import dev.migrationguard.lint.RuleDocs;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code java -jar migration-guard.jar lint [options] PATH...} (exit 0 = nothing at or above
 * fail-on, 1 = findings), {@code roundtrip [options] PATH...} (exit 0 = every pair reversible, 1 = not),
 * {@code drift [options] PATH...} (exit 0 = no drift, 1 = drift), {@code consolidate --version V [options] PATH...}
 * (exit 0 = baseline written and verified),
 * {@code explain RULE}, {@code help [COMMAND]} and {@code version}; 2 = usage or environment error, printed on
 * standard error. The arguments are read by hand ({@link CommandLine}): a handful of options, no dependency, and
 * nothing loaded at start-up that a one-file lint does not need.
 */
public final class Main {

    static final String HELP = """
            Usage: migration-guard COMMAND [options] [PATH...]

            Commands:
              lint        check PostgreSQL migrations for locks, data loss and naming mistakes (no database needed)
              roundtrip   apply, revert and re-apply every up/down pair on a throw-away database and compare schemas
              drift       compare a database with what its applied migrations build (replayed in a throw-away database)
              consolidate write one baseline script (pg_dump --schema-only) of the migrations up to a version
              explain     print a rule's page: what it finds, the lock involved, what to do instead
              help        this list, or help COMMAND for a command's options
              version     the version of Migration Guard

            migration-guard help lint   shows lint's options; --help and --version work as well.
            Exit status: 0 success, 1 findings (lint), a pair not reversible (roundtrip) or drift (drift), 2 usage
            or environment error.
            """;

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
        if (args.isEmpty()) {
            err.print(HELP);
            return 2;
        }
        try {
            return switch (args.get(0)) {
                case "lint" -> new LintCommand(out, err, workingDir).run(args.subList(1, args.size()));
                case "roundtrip" -> new RoundtripCommand(out, err, workingDir, env).run(args.subList(1, args.size()));
                case "drift" -> new DriftCommand(out, err, workingDir, env).run(args.subList(1, args.size()));
                case "consolidate" -> new ConsolidateCommand(out, err, workingDir, env)
                        .run(args.subList(1, args.size()));
                case "explain" -> new ExplainCommand(out, err).run(args.subList(1, args.size()));
                case "help", "-h", "--help" -> help(args.subList(1, args.size()), out, err);
                case "version", "-V", "--version" -> {
                    out.println("migration-guard " + RuleDocs.version());
                    yield 0;
                }
                default -> {
                    err.println("error: unknown command '" + args.get(0) + "'");
                    err.print(HELP);
                    yield 2;
                }
            };
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println("error: Migration Guard failed: " + e + "; please report it with the files that caused it");
            return 2;
        }
    }

    /** {@code help}: the commands; {@code help COMMAND}: that command's usage. */
    private static int help(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            out.print(HELP);
            return 0;
        }
        String usage = switch (args.get(0)) {
            case "lint" -> LintCommand.USAGE;
            case "roundtrip" -> RoundtripCommand.USAGE;
            case "drift" -> DriftCommand.USAGE;
            case "consolidate" -> ConsolidateCommand.USAGE;
            case "explain" -> ExplainCommand.USAGE;
            default -> null;
        };
        if (usage == null) {
            err.println("error: unknown command '" + args.get(0) + "'");
            err.print(HELP);
            return 2;
        }
        out.print(usage);
        return 0;
    }
}
