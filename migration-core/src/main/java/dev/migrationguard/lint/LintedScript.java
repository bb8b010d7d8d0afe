package dev.migrationguard.lint;

import dev.migrationguard.naming.Direction;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.sql.SqlScript;

/** A script the lint read, with its migration and direction, for reports that show statements. */
public record LintedScript(Migration migration, Direction direction, SqlScript script) {
}
