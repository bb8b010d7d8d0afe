package dev.migrationguard.maven;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.drift.Drift;
import dev.migrationguard.db.drift.DriftOptions;
import dev.migrationguard.db.drift.DriftRenderer;
import dev.migrationguard.db.drift.DriftResult;
import dev.migrationguard.db.drift.ObjectPattern;
import dev.migrationguard.report.ReportFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Is the database what its migrations say it is? Replays the migrations its history says are applied in a throw-away
 * database and reports every object missing, extra or different in the database; fails the build on drift unless
 * {@code db.failOnDrift=false}.
 */
@Mojo(name = "drift", threadSafe = true)
public class DriftMojo extends AbstractRunnerMojo {

    /** The file this goal keeps its result in, under {@code target/migration-guard/}, for db:report. */
    static final String DRIFT_FILE = "drift.json";
    /** The same result as a Markdown section, for db:report's Markdown. */
    static final String DRIFT_MARKDOWN_FILE = "drift.md";

    /**
     * The server to create the throw-away database on. Default: the server of {@code db.url} when its user may create
     * databases, else an embedded PostgreSQL.
     */
    @Parameter(property = "db.replayUrl")
    private String replayUrl;

    /** Fail the build when the database drifted. Default: true. */
    @Parameter(property = "db.failOnDrift", defaultValue = "true")
    private boolean failOnDrift;

    /** Objects to leave out, comma-separated ({@code index:*_tmp,function:debug_*}), added to {@code drift.ignore}. */
    @Parameter(property = "db.driftIgnore")
    private String driftIgnore;

    /** {@code text}, {@code json} or {@code markdown}. Default: text. */
    @Parameter(property = "db.format", defaultValue = "text")
    private String format;

    /** The build directory: the result is kept in {@code target/migration-guard/drift.json} for db:report. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Override
    protected String goal() {
        return "db:drift";
    }

    @Override
    protected void executeMojo(MigrationGuardConfig config) throws MojoExecutionException, MojoFailureException {
        String chosen = format == null ? "text" : format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "markdown").contains(chosen)) {
            throw new MojoExecutionException("db:drift: unknown format '" + format + "'; use text, json or markdown");
        }
        MigrationGuardConfig c = config;
        if (driftIgnore != null && !driftIgnore.isBlank()) {
            List<String> ignore = new ArrayList<>(config.drift().ignore());
            for (String p : driftIgnore.split(",")) {
                if (!p.isBlank()) {
                    try {
                        ObjectPattern.parse(p);
                    } catch (IllegalArgumentException e) {
                        throw new MojoExecutionException("db.driftIgnore: " + e.getMessage());
                    }
                    ignore.add(p.strip());
                }
            }
            c = config.toBuilder().driftIgnore(ignore).build();
        }
        MigrationGuardConfig run = c;
        DriftResult result = call(run, () -> new Drift(run, line -> getLog().info("Migration Guard: " + line),
                System.getenv()).run(new DriftOptions(replayUrl)));
        for (String line : DriftRenderer.render(result, chosen).split("\n")) {
            getLog().info(line);
        }
        keep(result);
        if (!result.ok()) {
            String message = "Migration Guard: the database drifted from its migrations: " + result.summary()
                    + "; see the differences above";
            if (failOnDrift) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (db.failOnDrift=false: the build goes on)");
        }
    }

    /** Writes the result where db:report reads it: {@code target/migration-guard/drift.json} and {@code drift.md}. */
    private void keep(DriftResult result) throws MojoExecutionException {
        Path build = buildDirectory != null ? buildDirectory.toPath() : basedir().toPath().resolve("target");
        Path dir = build.resolve(AbstractReportingMojo.OUTPUT_DIRECTORY);
        try {
            ReportFiles.write(dir.resolve(DRIFT_FILE), DriftRenderer.json(result));
            ReportFiles.write(dir.resolve(DRIFT_MARKDOWN_FILE), DriftRenderer.markdown(result));
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Migration Guard could not write the drift result to " + dir + ": "
                    + e.getMessage() + "; check that the directory is writable");
        }
        getLog().info("Migration Guard: drift result written to "
                + AbstractReportingMojo.shown(basedir().toPath(), dir.resolve(DRIFT_FILE)) + " (db:report shows it)");
    }
}
