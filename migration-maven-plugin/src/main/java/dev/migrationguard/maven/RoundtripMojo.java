package dev.migrationguard.maven;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.DatabaseException;
import dev.migrationguard.db.MigrationCatalog;
import dev.migrationguard.db.roundtrip.PairResult;
import dev.migrationguard.db.roundtrip.RoundTrip;
import dev.migrationguard.db.roundtrip.RoundTripOptions;
import dev.migrationguard.db.roundtrip.RoundTripRenderer;
import dev.migrationguard.db.roundtrip.RoundTripResult;
import dev.migrationguard.db.roundtrip.RoundTripTarget;
import dev.migrationguard.naming.MigrationVersion;
import dev.migrationguard.report.ReportFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Proves each up/down pair reversible on a throw-away PostgreSQL: a fresh database on {@code db.url} when given, else a
 * PostgreSQL container (Testcontainers) when a Docker engine answers, else an embedded server started for the run.
 * Fails the build when a down does not restore the schema.
 */
@Mojo(name = "roundtrip", threadSafe = true)
public class RoundtripMojo extends AbstractMigrationGuardMojo {

    /**
     * JDBC URL of a server the round trip may create (and drop) a schema on. Default: a PostgreSQL container when a
     * Docker engine answers, else an embedded PostgreSQL.
     */
    @Parameter(property = "db.url")
    private MaskedUrl url;

    /** User for {@code db.url}. */
    @Parameter(property = "db.user")
    private String user;

    /** Password for {@code db.url}. Never printed, not even by {@code mvn -X}: the parameter type masks it. */
    @Parameter(property = "db.password")
    private Secret password;

    /** First version to round-trip; earlier migrations are only applied. */
    @Parameter(property = "db.from")
    private String from;

    /** Last version to round-trip; later migrations are not run. */
    @Parameter(property = "db.to")
    private String to;

    /** {@code text}, {@code json} or {@code markdown}. Default: text. */
    @Parameter(property = "db.format", defaultValue = "text")
    private String format;

    /** The build directory: the result is kept in {@code target/migration-guard/roundtrip.json} for db:report. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Override
    protected void executeMojo(MigrationGuardConfig config) throws MojoExecutionException, MojoFailureException {
        MigrationGuardConfig c = url == null ? config : config.toBuilder().dbUrl(MaskedUrl.valueOf(url)).dbUser(user)
                .dbPassword(Secret.valueOf(password)).build();
        RoundTripOptions options = new RoundTripOptions(version("db.from", from), version("db.to", to));
        long start = System.nanoTime();
        RoundTripResult result;
        try (RoundTripTarget target = RoundTripTarget.open(c, System.getenv(), this::note)) {
            getLog().info("Migration Guard: round trip on " + target.description());
            result = new RoundTrip(c, getLog()::info).run(MigrationCatalog.load(c), target, options, start);
        } catch (DatabaseException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        for (String line : RoundTripRenderer.render(result, format).split("\n")) {
            getLog().info(line);
        }
        keep(result);
        if (!result.ok()) {
            throw new MojoFailureException("Migration Guard: " + result.count(PairResult.Status.NOT_REVERSIBLE)
                    + " migration(s) not reversible, " + result.count(PairResult.Status.FAILED) + " failed, "
                    + result.count(PairResult.Status.NOT_CHECKED) + " not checked"
                    + (result.problems().isEmpty() ? "" : ", " + result.problems().size() + " problem(s)")
                    + "; see the differences above");
        }
    }

    /** A note of the round trip's target: where it runs, or a warning (no database of its own, one left behind). */
    private void note(String note) {
        if (note.startsWith("warning: ")) {
            getLog().warn("Migration Guard: " + note.substring("warning: ".length()));
        } else {
            getLog().info("Migration Guard: " + note);
        }
    }

    /** Writes the result where db:report reads it: {@code target/migration-guard/roundtrip.json}. */
    private void keep(RoundTripResult result) throws MojoExecutionException {
        Path build = buildDirectory != null ? buildDirectory.toPath() : basedir().toPath().resolve("target");
        Path file = build.resolve(AbstractReportingMojo.OUTPUT_DIRECTORY).resolve(ReportMojo.ROUND_TRIP_FILE);
        try {
            ReportFiles.write(file, RoundTripRenderer.json(result));
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Migration Guard could not write the round trip result to " + file
                    + ": " + e.getMessage() + "; check that the directory is writable");
        }
        getLog().info("Migration Guard: round trip result written to "
                + AbstractReportingMojo.shown(basedir().toPath(), file) + " (db:report shows it)");
    }

    static MigrationVersion version(String name, String value) throws MojoExecutionException {
        if (value == null || value.isBlank()) {
            return null;
        }
        MigrationVersion v = MigrationVersion.parse(value.strip());
        if (v == null) {
            throw new MojoExecutionException(name + "=" + value + " is not a migration version; use the version "
                    + "part of a file name, e.g. -D" + name + "=3 or -D" + name + "=2.1");
        }
        return v;
    }
}
