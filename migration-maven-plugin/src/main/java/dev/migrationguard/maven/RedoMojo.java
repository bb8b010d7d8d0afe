package dev.migrationguard.maven;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.RunResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** Rolls back the newest applied version, then applies it again. */
@Mojo(name = "redo", threadSafe = true)
public class RedoMojo extends AbstractRunnerMojo {

    @Override
    protected String goal() {
        return "db:redo";
    }

    @Override
    protected void executeMojo(MigrationGuardConfig config) throws MojoExecutionException, MojoFailureException {
        RunResult result = call(config, () -> runner(config).redo());
        check(config, result);
    }
}
