package dev.migrationguard.cli;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.DatabaseException;
import dev.migrationguard.db.MigrationCatalog;
import dev.migrationguard.db.Secrets;
import dev.migrationguard.db.roundtrip.RoundTrip;
import dev.migrationguard.db.roundtrip.RoundTripOptions;
import dev.migrationguard.db.roundtrip.RoundTripRenderer;
import dev.migrationguard.db.roundtrip.RoundTripResult;
import dev.migrationguard.db.roundtrip.RoundTripTarget;
import dev.migrationguard.naming.MigrationVersion;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code roundtrip [options] [PATH...]}: proves each up/down pair of the migration directories reversible on a
 * throw-away PostgreSQL, as {@code mvn db:roundtrip} does. Without PATH, the configured locations.
 */
final class RoundtripCommand extends DatabaseCommand {

    static final String USAGE = """
            Usage: java -jar migration-guard.jar roundtrip [options] [PATH...]

            Applies each up migration, its down and the up again on a throw-away PostgreSQL database, compares the
            schema after each step and records the locks each statement takes. PATH: migration directories. Without
            PATH: the locations of .migration-guard.yml, else src/main/resources/db/migration.

            Where it runs: --url when given (a fresh database, dropped after the run); else a PostgreSQL container
            (Testcontainers) when a Docker engine answers; else an embedded PostgreSQL. The jar carries neither
            Testcontainers nor the embedded server's binaries: from the jar, give --url (mvn db:roundtrip has both).

            Options:
              --url URL           PostgreSQL server to create the throw-away database on (jdbc:postgresql://...
                                  or postgres://...); the user needs CREATEDB, else a schema is used instead
              --user USER         user for --url
              --password PASS     password for --url (never printed)
              --from VERSION      first version to round-trip; earlier ones are only applied
              --to VERSION        last version to round-trip; later ones are not run
              --format FORMAT     text (default), json or markdown
              --pg-version N      PostgreSQL major version (default 16): the container image, the lock predictions
              --naming SCHEME     flyway, golang-migrate, folder-pairs, dbmate, goose, timestamp, sequential,
                                  liquibase-sql, alembic-sql (default: detected per directory)
              --config FILE       configuration file (default: .migration-guard.yml found from here upwards)
              -h, --help          this help

            Exit status: 0 every pair reversible (or skipped), 1 a pair not reversible or a script failed, 2 usage
            or environment error.
            """;

    RoundtripCommand(PrintStream out, PrintStream err, Path workingDir, Map<String, String> env) {
        super(out, err, workingDir, env, USAGE, Set.of("--url", "--user", "--password", "--from", "--to", "--format",
                "--pg-version", "--naming", "--config"), Set.of());
    }

    @Override
    int run(CommandLine line, CommandConfig cc, String password) {
        MigrationGuardConfig.Builder b = cc.builder;
        List<String> problems = cc.problems;
        cc.pgVersion(line.value("--pg-version"));
        cc.naming(line.value("--naming"));
        String format = format(line, problems);
        MigrationVersion fromVersion = version("--from", line.value("--from"), problems);
        MigrationVersion toVersion = version("--to", line.value("--to"), problems);
        cc.directories(line.paths(), workingDir, "the round trip");
        if (printProblems(problems, password)) {
            return 2;
        }
        MigrationGuardConfig config = b.build();

        long start = System.nanoTime();
        RoundTripResult result;
        try (RoundTripTarget target = RoundTripTarget.open(config, env,
                note -> err.println(note.startsWith("warning: ") ? note : "note: " + note))) {
            result = new RoundTrip(config, err::println).run(MigrationCatalog.load(config), target,
                    new RoundTripOptions(fromVersion, toVersion), start);
        } catch (DatabaseException e) {
            err.println("error: " + Secrets.mask(e.getMessage(), password));
            return 2;
        }
        out.print(RoundTripRenderer.render(result, format));
        out.flush();
        if (!result.problems().isEmpty()) {
            return 2;
        }
        return result.ok() ? 0 : 1;
    }

    private static MigrationVersion version(String option, String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        MigrationVersion v = value.isBlank() ? null : MigrationVersion.parse(value.strip());
        if (v == null) {
            problems.add(option + ": '" + value + "' is not a migration version; use the version part of a file "
                    + "name, e.g. " + option + " 3 or " + option + " 2.1");
        }
        return v;
    }
}
