package dev.migrationguard.cli;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.DatabaseException;
import dev.migrationguard.db.Secrets;
import dev.migrationguard.db.drift.Drift;
import dev.migrationguard.db.drift.DriftOptions;
import dev.migrationguard.db.drift.DriftRenderer;
import dev.migrationguard.db.drift.DriftResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code drift --url URL [options] [PATH...]}: compares a database with what its applied migrations build, as
 * {@code mvn db:drift} does. Without PATH, the configured locations.
 */
final class DriftCommand extends DatabaseCommand {

    static final String USAGE = """
            Usage: java -jar migration-guard.jar drift --url URL [options] [PATH...]

            Replays the migrations the database's history says are applied (the files as they are now, in the order
            they were applied) in a throw-away database, snapshots the schemas they build in both databases and
            reports every object missing, extra or different in the database, with a unified diff of the
            definitions. A history row whose file changed since it ran is named. PATH: migration directories.
            Without PATH: the locations of .migration-guard.yml, else src/main/resources/db/migration.

            Where it replays: a database created for the run (and dropped after it) on --replay-url when given; else
            on the server of --url when its user may create databases; else on an embedded PostgreSQL (not in the
            jar: from the jar, give --replay-url or a user with CREATEDB).

            Options:
              --url URL           the database to check (jdbc:postgresql://... or postgres://...; default: url of
                                  .migration-guard.yml, else the DATABASE_URL environment variable)
              --user USER         user for --url
              --password PASS     password for --url (never printed)
              --schema SCHEMA     schema of the history table (default: the current schema)
              --table TABLE       history table (default: migration_guard_history)
              --replay-url URL    server to create the throw-away database on
              --ignore PATTERNS   objects to leave out, comma-separated, added to drift.ignore (e.g. index:*_tmp)
              --format FORMAT     text (default), json or markdown
              --naming SCHEME     flyway, golang-migrate, folder-pairs, dbmate, goose, timestamp, sequential
                                  (default: detected per directory)
              --config FILE       configuration file (default: .migration-guard.yml found from here upwards)
              -h, --help          this help

            Exit status: 0 no drift, 1 drift (or the replay stopped), 2 usage or environment error.
            """;

    DriftCommand(PrintStream out, PrintStream err, Path workingDir, Map<String, String> env) {
        super(out, err, workingDir, env, USAGE, Set.of("--url", "--user", "--password", "--schema", "--table",
                "--replay-url", "--ignore", "--format", "--naming", "--config"), Set.of());
    }

    @Override
    int run(CommandLine line, CommandConfig cc, String password) {
        MigrationGuardConfig.Builder b = cc.builder;
        List<String> problems = cc.problems;
        cc.naming(line.value("--naming"));
        String format = format(line, problems);
        cc.directories(line.paths(), workingDir, "drift");
        MigrationGuardConfig base = b.build();
        if (line.value("--ignore") != null) {
            List<String> ignore = new ArrayList<>(base.drift().ignore());
            for (String p : line.value("--ignore").split(",")) {
                if (p.isBlank()) {
                    continue;
                }
                try {
                    dev.migrationguard.db.drift.ObjectPattern.parse(p);
                    ignore.add(p.strip());
                } catch (IllegalArgumentException e) {
                    problems.add("--ignore: " + e.getMessage());
                }
            }
            b.driftIgnore(ignore);
        }
        if (printProblems(problems, password)) {
            return 2;
        }
        MigrationGuardConfig config = b.build();
        DriftResult result;
        try {
            result = new Drift(config, note -> err.println("note: " + Secrets.mask(note, password)), env)
                    .run(new DriftOptions(line.value("--replay-url")));
        } catch (DatabaseException e) {
            err.println("error: " + Secrets.mask(e.getMessage(), password));
            return 2;
        }
        out.print(Secrets.mask(DriftRenderer.render(result, format), password));
        out.flush();
        return result.ok() ? 0 : 1;
    }
}
