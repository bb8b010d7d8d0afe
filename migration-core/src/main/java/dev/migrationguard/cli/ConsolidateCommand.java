package dev.migrationguard.cli;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.DatabaseException;
import dev.migrationguard.db.Secrets;
import dev.migrationguard.db.drift.Consolidate;
import dev.migrationguard.db.drift.ConsolidateOptions;
import dev.migrationguard.db.drift.ConsolidateResult;
import dev.migrationguard.db.drift.DriftDifference;
import dev.migrationguard.naming.MigrationVersion;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code consolidate --version V [options] [PATH...]}: writes one baseline script holding the schema of every
 * migration up to V, as {@code mvn db:consolidate} does.
 */
final class ConsolidateCommand extends DatabaseCommand {

    static final String USAGE = """
            Usage: java -jar migration-guard.jar consolidate --version V [options] [PATH...]

            Replays every migration up to version V in a throw-away database, dumps its schema with
            pg_dump --schema-only and writes B<V>__baseline.sql into the first migration directory, with a header
            naming the migrations it holds and the date; then builds a second throw-away database from the baseline
            alone and checks that it snapshots equal to the replay. Only the schema: rows the migrations insert
            (seed data) are not in the baseline. PATH: migration directories. Without PATH: the locations of
            .migration-guard.yml, else src/main/resources/db/migration.

            Where it replays: throw-away databases on --replay-url, else on the server of --url, else on an embedded
            PostgreSQL (not in the jar). pg_dump must be at least the server's major version.

            Options:
              --version V         the last version the baseline holds (required)
              --replay-url URL    server to create the throw-away databases on (its user may create databases)
              --url URL           same, when --replay-url is not given (jdbc:postgresql://... or postgres://...)
              --user USER         user for --url
              --password PASS     password for --url (never printed)
              --out FILE          write the baseline here instead (e.g. for golang-migrate directories, whose
                                  names have no baseline form)
              --force             overwrite an existing baseline file
              --pg-dump PATH      the pg_dump to use (default: pg_dump on PATH)
              --naming SCHEME     flyway, golang-migrate, folder-pairs, dbmate, goose, timestamp, sequential
              --config FILE       configuration file (default: .migration-guard.yml found from here upwards)
              -h, --help          this help

            Exit status: 0 written and verified, 1 not written or not equal, 2 usage or environment error.
            """;

    ConsolidateCommand(PrintStream out, PrintStream err, Path workingDir, Map<String, String> env) {
        super(out, err, workingDir, env, USAGE, Set.of("--version", "--replay-url", "--url", "--user", "--password",
                "--out", "--pg-dump", "--naming", "--config"), Set.of("--force"));
    }

    @Override
    int run(CommandLine line, CommandConfig cc, String password) {
        MigrationGuardConfig.Builder b = cc.builder;
        List<String> problems = cc.problems;
        cc.naming(line.value("--naming"));
        String versionText = line.value("--version");
        MigrationVersion version = versionText == null ? null : MigrationVersion.parse(versionText.strip());
        if (versionText == null) {
            problems.add("--version is required: the last version the baseline holds, e.g. --version 42");
        } else if (version == null) {
            problems.add("--version: '" + versionText + "' is not a migration version; use the version part of a "
                    + "file name, e.g. --version 42 or --version 2.1");
        }
        cc.directories(line.paths(), workingDir, "consolidate");
        if (printProblems(problems, password)) {
            return 2;
        }
        Path output = line.value("--out") == null ? null : workingDir.resolve(line.value("--out"));
        ConsolidateResult result;
        try {
            result = new Consolidate(b.build(), note -> err.println("note: " + Secrets.mask(note, password)), env)
                    .run(new ConsolidateOptions(version, output, line.has("--force"), line.value("--pg-dump"),
                            line.value("--replay-url")));
        } catch (DatabaseException e) {
            err.println("error: " + Secrets.mask(e.getMessage(), password));
            return 2;
        }
        for (String p : result.problems()) {
            out.println("error: " + Secrets.mask(p, password));
        }
        for (DriftDifference d : result.differences()) {
            out.println(d.line().replace(" in the database", " in the database built from the baseline"));
            for (String l : d.diff().split("\n")) {
                out.println("    " + l);
            }
        }
        out.println(result.summary());
        return result.ok() ? 0 : 1;
    }
}
