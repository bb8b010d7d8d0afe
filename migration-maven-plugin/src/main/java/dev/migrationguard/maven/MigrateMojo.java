package dev.migrationguard.maven;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.RunOptions;
import dev.migrationguard.db.RunResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Applies the pending migrations in version order, each in its own transaction; a dry run prints their SQL. */
@Mojo(name = "migrate", threadSafe = true)
public class MigrateMojo extends AbstractRunnerMojo {

    /** Stop after this version. Default: apply every pending migration. */
    @Parameter(property = "db.target")
    private String target;

    /** Print the SQL that would run, with the history-table statements, instead of running it. Default: false. */
    @Parameter(property = "db.dryRun")
    private Boolean dryRun;

    /** With {@code db.dryRun}: write the SQL to this file instead of the log. */
    @Parameter(property = "db.output")
    private String output;

    @Override
    protected String goal() {
        return "db:migrate";
    }

    @Override
    protected void executeMojo(MigrationGuardConfig config) throws MojoExecutionException, MojoFailureException {
        RunOptions options = options(config, new RunOptionsParameters(target, null, dryRun, output, null, null));
        RunResult result = call(config, () -> runner(config).migrate(options));
        check(config, result);
    }
}
