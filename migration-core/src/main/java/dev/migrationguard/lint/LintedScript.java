package dev.migrationguard.lint;

import dev.migrationguard.lint.risk.ScriptRisk;
import dev.migrationguard.naming.Direction;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.sql.SqlScript;

/**
 * A script the lint read, with its migration and direction, for reports that show statements.
 *
 * @param risk the risk of the script and of each of its statements
 */
public record LintedScript(Migration migration, Direction direction, SqlScript script, ScriptRisk risk) {

    /** A script whose risk was not assessed (reported as low). */
    public LintedScript(Migration migration, Direction direction, SqlScript script) {
        this(migration, direction, script, ScriptRisk.NONE);
    }
}
