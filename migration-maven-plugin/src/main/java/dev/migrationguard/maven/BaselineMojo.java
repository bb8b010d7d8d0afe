package dev.migrationguard.maven;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.RunOptions;
import dev.migrationguard.db.RunResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Brings a database under Migration Guard: on an empty one runs the newest baseline script ({@code B<version>__*.sql});
 * on an existing one marks {@code db.baselineVersion} as applied; {@code db.importFrom=flyway} copies Flyway's history.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractRunnerMojo {

    /** Mark an existing, unmanaged database as being at this version. */
    @Parameter(property = "db.baselineVersion")
    private String baselineVersion;

    /** {@code flyway}: copy the applied versions of {@code flyway_schema_history}, checking each file still matches. */
    @Parameter(property = "db.importFrom")
    private String importFrom;

    @Override
    protected String goal() {
        return "db:baseline";
    }

    @Override
    protected void executeMojo(MigrationGuardConfig config) throws MojoExecutionException, MojoFailureException {
        RunOptions options = options(config,
                new RunOptionsParameters(null, null, null, null, baselineVersion, importFrom));
        RunResult result = call(config, () -> runner(config).baseline(options));
        check(config, result);
    }
}
