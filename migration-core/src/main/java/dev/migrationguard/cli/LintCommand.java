package dev.migrationguard.cli;

import dev.migrationguard.config.FailOn;
import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.lint.BaseLint;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.Linter;
import dev.migrationguard.naming.FileSystemSources;
import dev.migrationguard.naming.SourceFile;
import dev.migrationguard.report.RenderOptions;
import dev.migrationguard.report.Renderer;
import dev.migrationguard.report.Renderers;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code lint [options] [PATH...]}: lints directories (as migration locations) and single files (linted against
 * their directory, so pairs and versions are still checked). Without PATH, the configured locations.
 */
final class LintCommand {

    static final String USAGE = """
            Usage: java -jar migration-guard.jar lint [options] [PATH...]

            Lints PostgreSQL migrations. PATH: migration directories, or single files (checked against the other
            files of their directory). Without PATH: the locations of .migration-guard.yml, else
            src/main/resources/db/migration.

            Options:
              --fail-on LEVEL     error (default), warning, info or never: exit 1 at or above it
              --format FORMAT     text (default), json, sarif, markdown or junit
              --pg-version N      PostgreSQL major version the migrations run on (default 16)
              --naming SCHEME     flyway, golang-migrate, folder-pairs, dbmate, goose, timestamp, sequential,
                                  liquibase-sql, alembic-sql (default: detected per directory)
              --lint-down         also run the risk rules on down migrations
              --since VERSION     migrations at or below VERSION are history: read for the schema, not reported
              --base REF          report and fail only on the migrations this change adds, edits or deletes
                                  since REF (e.g. origin/main; also config key base), and check them against
                                  REF's migrations; the others are still read for the schema history. With
                                  --base, a file PATH stands for its directory
              --update-baseline   write the findings to .migration-guard-baseline.json (beside the configuration)
                                  and pass; later runs report only findings not in it
              --parse-check       also parse every statement with JSqlParser and report how many it understood
                                  (the JSON's "parse" field; no finding depends on it)
              --config FILE       configuration file (default: .migration-guard.yml found from here upwards)
              --color / --no-color  force ANSI colours on or off (default: on for a terminal)
              -h, --help          this help

            Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage or environment error.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDir;

    LintCommand(PrintStream out, PrintStream err, Path workingDir) {
        this.out = out;
        this.err = err;
        this.workingDir = workingDir;
    }

    int run(List<String> args) {
        CommandLine line;
        try {
            line = CommandLine.parse(args, Set.of("--fail-on", "--format", "--pg-version", "--naming", "--config",
                    "--since", "--base"), Set.of("--lint-down", "--parse-check", "--update-baseline", "--color", "--no-color"));
        } catch (CommandLine.UsageException e) {
            return usage(e.getMessage());
        }
        if (line.help()) {
            out.print(USAGE);
            return 0;
        }
        String failOn = line.value("--fail-on");
        String format = line.value("--format");
        String pgVersion = line.value("--pg-version");
        String naming = line.value("--naming");
        String configPath = line.value("--config");
        Boolean lintDown = line.has("--lint-down") ? Boolean.TRUE : null;
        Boolean color = null;
        for (String flag : line.flags()) {
            if (flag.equals("--color") || flag.equals("--no-color")) {
                color = flag.equals("--color");
            }
        }
        List<String> paths = line.paths();

        Optional<CommandConfig> loaded = CommandConfig.load(workingDir, configPath, err);
        if (loaded.isEmpty()) {
            return 2;
        }
        MigrationGuardConfig.Builder b = loaded.get().builder;
        List<String> problems = loaded.get().problems;
        if (failOn != null) {
            FailOn f = FailOn.parse(failOn);
            if (f == null) {
                problems.add("--fail-on: expected error, warning, info or never, found '" + failOn + "'");
            } else {
                b.failOn(f);
            }
        }
        if (format != null) {
            b.format(format);
        }
        loaded.get().pgVersion(pgVersion);
        loaded.get().naming(naming);
        if (lintDown != null) {
            b.lintDown(lintDown);
        }
        if (line.has("--parse-check")) {
            b.parseCheck(true);
        }
        if (line.has("--update-baseline")) {
            b.updateBaseline(true);
        }
        String base = line.value("--base");
        if (base != null) {
            if (base.isBlank()) {
                problems.add("--base: expected a Git ref such as origin/main, found an empty value");
            } else {
                b.base(base);
            }
        }
        String since = line.value("--since");
        if (since != null) {
            if (dev.migrationguard.naming.MigrationVersion.parseHorizon(since) == null) {
                problems.add("--since: expected a migration version such as 2.43, V2_43 or 20240826120919, found '"
                        + since + "'");
            } else {
                b.since(since);
            }
        }
        MigrationGuardConfig config = b.build();
        Renderer renderer = Renderers.forFormat(config.format(), RenderOptions.of(config,
                color != null ? color : System.console() != null && System.getenv("NO_COLOR") == null));
        if (renderer == null) {
            problems.add("format: unknown format '" + config.format() + "'; use one of " + Renderers.FORMATS);
        }
        if (!problems.isEmpty()) {
            for (String p : problems) {
                err.println("error: " + p);
            }
            return 2;
        }

        LintResult result;
        if (config.base() != null) {
            result = lintAgainstBase(config, paths);
            if (result == null) {
                return 2;
            }
        } else if (paths.isEmpty()) {
            result = linter(config).lintLocations();
        } else {
            result = lintPaths(config, paths);
            if (result == null) {
                return 2;
            }
        }
        out.print(renderer.render(result));
        out.flush();
        return result.fails(config.failOn()) ? 1 : 0;
    }

    private LintResult lintPaths(MigrationGuardConfig config, List<String> paths) {
        Targets targets = targets(paths);
        if (targets == null) {
            return null;
        }
        List<String> locations = List.copyOf(targets.locations());
        FileSystemSources.ListResult listing = FileSystemSources.list(config.projectDir(), locations);
        Linter linter = linter(config.toBuilder().locations(locations).build());
        return linter.lint(listing.files(), (SourceFile f) -> {
            Path file = config.projectDir().resolve(f.displayPath()).toAbsolutePath().normalize();
            return targets.files().contains(file) || targets.dirs().stream().anyMatch(file::startsWith);
        }, listing.errors());
    }

    /**
     * The PATH arguments: the directories, the single files, and the locations they make (a file stands for its
     * directory). Null after saying which path does not exist.
     */
    private Targets targets(List<String> paths) {
        Set<String> locations = new LinkedHashSet<>();
        Set<Path> dirs = new HashSet<>();
        Set<Path> files = new HashSet<>();
        for (String p : paths) {
            Path path = workingDir.resolve(p).toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                locations.add(path.toString());
                dirs.add(path);
            } else if (Files.isRegularFile(path)) {
                locations.add(path.getParent().toString());
                files.add(path);
            } else {
                err.println("error: " + p + " does not exist; give migration directories or .sql files");
                return null;
            }
        }
        return new Targets(locations, dirs, files);
    }

    private record Targets(Set<String> locations, Set<Path> dirs, Set<Path> files) {
    }

    /**
     * The lint of a change: the configured locations (or the directories of {@code paths}) against the base, through
     * the Git support the runnable jar carries. Null after printing why it cannot run.
     */
    private LintResult lintAgainstBase(MigrationGuardConfig config, List<String> paths) {
        Optional<BaseLint> git = BaseLint.installed();
        if (git.isEmpty()) {
            err.println("error: base '" + config.base() + "': this build of the command line has no Git support;"
                    + " run the runnable jar (migration-guard.jar) or mvn db:lint -Ddb.base=" + config.base());
            return null;
        }
        MigrationGuardConfig run = config;
        if (!paths.isEmpty()) {
            Targets targets = targets(paths);
            if (targets == null) {
                return null;
            }
            run = config.toBuilder().locations(List.copyOf(targets.locations())).build();
        }
        try {
            return git.get().lint(run, showsStatements(run));
        } catch (BaseLint.BaseLintException e) {
            err.println("error: " + e.getMessage());
            return null;
        }
    }

    /** The linter for the run: statements are kept only for the formats that show them (JSON, Markdown). */
    private static Linter linter(MigrationGuardConfig config) {
        return new Linter(config).keepingStatements(showsStatements(config));
    }

    private static boolean showsStatements(MigrationGuardConfig config) {
        return "json".equalsIgnoreCase(config.format()) || "markdown".equalsIgnoreCase(config.format());
    }

    private int usage(String message) {
        err.println("error: " + message);
        err.print(USAGE);
        return 2;
    }
}
