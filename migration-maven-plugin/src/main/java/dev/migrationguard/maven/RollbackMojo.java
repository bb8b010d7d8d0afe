package dev.migrationguard.maven;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.RunOptions;
import dev.migrationguard.db.RunResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Runs the down migrations of the newest applied versions, newest first, removing their history rows. */
@Mojo(name = "rollback", threadSafe = true)
public class RollbackMojo extends AbstractRunnerMojo {

    /** Roll back every applied version above this one (instead of {@code db.steps}). */
    @Parameter(property = "db.target")
    private String target;

    /** How many applied versions to roll back. Default: 1. */
    @Parameter(property = "db.steps")
    private String steps;

    /** Print the SQL that would run instead of running it. Default: false. */
    @Parameter(property = "db.dryRun")
    private Boolean dryRun;

    /** With {@code db.dryRun}: write the SQL to this file instead of the log. */
    @Parameter(property = "db.output")
    private String output;

    @Override
    protected String goal() {
        return "db:rollback";
    }

    @Override
    protected void executeMojo(MigrationGuardConfig config) throws MojoExecutionException, MojoFailureException {
        RunOptions options = options(config, new RunOptionsParameters(target, steps, dryRun, output, null, null));
        RunResult result = call(config, () -> runner(config).rollback(options));
        check(config, result);
    }
}
