package dev.migrationguard.lint;

import dev.migrationguard.config.MigrationGuardConfig;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A lint of the migrations in the working tree against a base ref ({@link MigrationGuardConfig#base()}): findings
 * only on what the change adds, edits or deletes, the history checks against the base. The engine knows no version
 * control; the Git module implements this and registers it as a service, so the command line finds it when its jar
 * carries Git support.
 */
public interface BaseLint {

    /**
     * Lints the configured locations of the working tree against {@code config.base()}.
     *
     * @param keepStatements keep each file's statements in the result (the JSON and Markdown reports show them)
     * @throws BaseLintException when the project is not in a repository or the base does not resolve; its message
     *                           names the directory or ref and says what to do
     */
    LintResult lint(MigrationGuardConfig config, boolean keepStatements) throws BaseLintException;

    /** The implementation on the class path, if any. */
    static Optional<BaseLint> installed() {
        return ServiceLoader.load(BaseLint.class, BaseLint.class.getClassLoader()).findFirst();
    }

    /** The base comparison cannot run as configured; the message is meant to be shown as it is. */
    final class BaseLintException extends Exception {

        public BaseLintException(String message) {
            super(message);
        }
    }
}
