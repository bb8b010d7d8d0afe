package dev.migrationguard.maven;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.hooks.HookInstaller;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Removes Migration Guard's block from the Git pre-commit hook (and the hook file when nothing else is in it) and the
 * recorded classpath and configuration. Other content of the hook is kept.
 */
@Mojo(name = "uninstall-hook", threadSafe = true)
public class UninstallHookMojo extends AbstractMigrationGuardMojo {

    @Override
    protected void executeMojo(MigrationGuardConfig config) throws MojoExecutionException {
        HookInstaller.Outcome outcome = HookInstaller.uninstall(config.projectDir());
        if (!outcome.ok()) {
            throw new MojoExecutionException(outcome.message());
        }
        getLog().info(outcome.message());
    }
}
