package dev.migrationguard.lint.risk;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.sql.TableLock;

/**
 * The risk class of one statement and the strongest lock it takes.
 *
 * @param statementIndex the statement's index in its script
 * @param line           the statement's line
 * @param risk           low, medium or high
 * @param lock           the strongest lock it takes on an object, or null when it takes none
 * @param reason         a few words saying why it has that risk, e.g. {@code drops column email}
 */
public record StatementRisk(int statementIndex, int line, Risk risk, TableLock lock, String reason) {
}
