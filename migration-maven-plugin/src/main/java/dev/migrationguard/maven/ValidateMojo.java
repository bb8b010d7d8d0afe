package dev.migrationguard.maven;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.RunResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** Checks the applied migrations against the files: changed, missing, failed and out-of-order ones fail the build. */
@Mojo(name = "validate", threadSafe = true)
public class ValidateMojo extends AbstractRunnerMojo {

    @Override
    protected String goal() {
        return "db:validate";
    }

    @Override
    protected void executeMojo(MigrationGuardConfig config) throws MojoExecutionException, MojoFailureException {
        RunResult result = call(config, () -> runner(config).validate());
        check(config, result);
    }
}
