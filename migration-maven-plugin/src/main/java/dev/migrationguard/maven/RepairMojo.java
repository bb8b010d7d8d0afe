package dev.migrationguard.maven;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.RunResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** Removes the history rows of failed migrations and realigns the checksums of changed files, after review. */
@Mojo(name = "repair", threadSafe = true)
public class RepairMojo extends AbstractRunnerMojo {

    @Override
    protected String goal() {
        return "db:repair";
    }

    @Override
    protected void executeMojo(MigrationGuardConfig config) throws MojoExecutionException, MojoFailureException {
        RunResult result = call(config, () -> runner(config).repair());
        check(config, result);
    }
}
