package dev.migrationguard.lint;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.MigrationSet;

/** What a set-level rule sees: the configuration and the whole migration set. */
public interface SetContext {

    MigrationGuardConfig config();

    MigrationSet set();

    /**
     * Reports a finding for the current rule.
     *
     * @param file   display path
     * @param line   1-based line, 0 for the whole file
     * @param column 1-based column, 0 when not applicable
     */
    void report(String file, int line, int column, String message, String help);
}
