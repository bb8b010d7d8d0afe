package dev.migrationguard.cli;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.hooks.GitBaseException;
import dev.migrationguard.hooks.GitLint;
import dev.migrationguard.lint.BaseLint;
import dev.migrationguard.lint.LintResult;

/**
 * The command line's {@code lint --base REF}: {@link GitLint#lintWorkingTree} of the Git module, registered as the
 * engine's {@link BaseLint} service in the runnable jar (the engine itself has no Git library).
 */
public final class GitBaseLint implements BaseLint {

    @Override
    public LintResult lint(MigrationGuardConfig config, boolean keepStatements) throws BaseLintException {
        try {
            return GitLint.lintWorkingTree(config, keepStatements);
        } catch (GitBaseException e) {
            throw new BaseLintException(e.getMessage());
        }
    }
}
