package dev.migrationguard.hooks;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.lint.BaseLint;
import dev.migrationguard.lint.LintResult;

/** The command line's {@code lint --base REF}: {@link GitLint#lintWorkingTree}, found by the engine as a service. */
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
