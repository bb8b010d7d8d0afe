package dev.migrationguard.lint;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.BaseComparison;
import dev.migrationguard.naming.MigrationSet;
import java.util.Optional;

/**
 * What a set-level rule sees: the configuration, the whole migration set and, when the run was given a base revision,
 * how the set stands against it.
 */
public interface SetContext {

    MigrationGuardConfig config();

    MigrationSet set();

    /**
     * The comparison with the base revision (the branch the change will be merged into), for the rules that need
     * history; empty when the run has no base, and those rules then report nothing.
     */
    Optional<BaseComparison> base();

    /**
     * True when findings on {@code file} are kept: every file for {@code db:lint}, the files a commit adds, changes
     * or deletes for the hook. A rule may skip work for the others, or show a problem between two files on the one
     * in scope.
     */
    boolean inScope(String file);

    /**
     * Reports a finding for the current rule.
     *
     * @param file   display path
     * @param line   1-based line, 0 for the whole file
     * @param column 1-based column, 0 when not applicable
     */
    void report(String file, int line, int column, String message, String help);

    /**
     * Reports a milder form of the current rule's finding: at the rule's configured severity, or at {@code ceiling}
     * when that is lower (a whitespace-only edit of a merged migration is a warning where an edit is an error).
     */
    void report(Severity ceiling, String file, int line, int column, String message, String help);
}
