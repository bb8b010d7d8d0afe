package dev.migrationguard.maven;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.DatabaseException;
import dev.migrationguard.db.drift.Consolidate;
import dev.migrationguard.db.drift.ConsolidateOptions;
import dev.migrationguard.db.drift.ConsolidateResult;
import dev.migrationguard.db.drift.DriftDifference;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * One baseline for a release: replays every migration up to {@code db.version} in a throw-away database, dumps its
 * schema with {@code pg_dump --schema-only} into {@code B<version>__baseline.sql} in the first location, and verifies
 * that a database built from it alone is equal to the replay. Fails the build when it cannot write the file or the
 * verification finds a difference.
 */
@Mojo(name = "consolidate", threadSafe = true)
public class ConsolidateMojo extends AbstractMigrationGuardMojo {

    /** The last version the baseline holds. */
    @Parameter(property = "db.version", required = true)
    private String version;

    /** Overwrite an existing baseline file. Default: false. */
    @Parameter(property = "db.force", defaultValue = "false")
    private boolean force;

    /** The pg_dump executable. Default: pg_dump on PATH. */
    @Parameter(property = "db.pgDump")
    private String pgDump;

    /** The baseline file to write. Default: {@code B<version>__baseline.sql} in the first location. */
    @Parameter(property = "db.baselineFile")
    private File baselineFile;

    /**
     * The server to create the throw-away databases on. Default: {@code db.url}'s server when given, else an embedded
     * PostgreSQL.
     */
    @Parameter(property = "db.replayUrl")
    private String replayUrl;

    /** A server the throw-away databases may be created on, when {@code db.replayUrl} is not given. */
    @Parameter(property = "db.url")
    private String url;

    /** User for {@code db.url}. */
    @Parameter(property = "db.user")
    private String user;

    /** Password for {@code db.url}. */
    @Parameter(property = "db.password")
    private String password;

    @Override
    protected void executeMojo(MigrationGuardConfig config) throws MojoExecutionException, MojoFailureException {
        MigrationGuardConfig c = url == null ? config
                : config.toBuilder().dbUrl(url).dbUser(user).dbPassword(password).build();
        ConsolidateOptions options = new ConsolidateOptions(RoundtripMojo.version("db.version", version),
                baselineFile == null ? null : baselineFile.toPath(), force, pgDump, replayUrl);
        if (options.version() == null) {
            throw new MojoExecutionException("db:consolidate needs -Ddb.version=<the last version the baseline "
                    + "holds>, e.g. -Ddb.version=42");
        }
        Masker masker = new Masker(password, c.dbPassword(), null);
        ConsolidateResult result;
        try {
            result = new Consolidate(c, line -> getLog().info("Migration Guard: " + masker.mask(line)),
                    System.getenv()).run(options);
        } catch (DatabaseException e) {
            throw new MojoExecutionException("db:consolidate: " + masker.mask(e.getMessage()));
        }
        for (DriftDifference d : result.differences()) {
            getLog().error(d.line().replace(" in the database", " in the database built from the baseline"));
            for (String l : d.diff().split("\n")) {
                getLog().error("    " + l);
            }
        }
        if (!result.ok()) {
            throw new MojoFailureException("Migration Guard: " + masker.mask(result.summary()));
        }
        getLog().info("Migration Guard: " + result.summary());
        getLog().info("Migration Guard: only the schema is in the baseline; rows the migrations insert (seed data) "
                + "are not: keep them in a migration after the baseline");
    }
}
