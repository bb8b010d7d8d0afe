package dev.migrationguard.sql;

import java.util.List;
import java.util.Optional;

/**
 * One script (a migration file, or one section of a file) split into classified statements.
 *
 * @param path              display path of the file, for findings
 * @param statements        the statements in order
 * @param problems          lexer, placeholder and directive problems
 * @param suppressions      inline and file-level suppressions
 * @param irreversibleReason the reason of a {@code -- migration-guard:irreversible <reason>} marker, if present
 *                          (empty string when the marker has no reason)
 * @param noOpReason        the reason of a {@code -- migration-guard:no-op <reason>} marker (a deliberately empty
 *                          down), if present (empty string when the marker has no reason)
 */
public record SqlScript(String path, List<Statement> statements, List<SqlProblem> problems,
                        List<Suppression> suppressions, Optional<String> irreversibleReason,
                        Optional<String> noOpReason) {

    /** A script without a no-op marker. */
    public SqlScript(String path, List<Statement> statements, List<SqlProblem> problems,
                     List<Suppression> suppressions, Optional<String> irreversibleReason) {
        this(path, statements, problems, suppressions, irreversibleReason, Optional.empty());
    }

    /** The same script without its statements and problems: its path, suppressions and markers only. */
    public SqlScript withoutStatements() {
        return new SqlScript(path, List.of(), List.of(), suppressions, irreversibleReason, noOpReason);
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }
}
