package dev.migrationguard.lint.risk;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.sql.TableLock;

/**
 * The risk class of one statement, the lock that decided it, and why.
 *
 * @param statementIndex the statement's index in its script
 * @param line           the statement's line
 * @param risk           low, medium or high
 * @param lock           its strongest lock on an object that existed before the script (a lock on an index moved to
 *                       the index's table when the schema model knows it, see {@link LockTarget}); its strongest lock
 *                       on any object when all are new; null when it takes none or its locks are unknown
 * @param lockKnown      false for a statement that was not understood (or runs code whose statements are not read),
 *                       whose locks nobody knows
 * @param reason         a few words saying what it does and why it has that risk, e.g. {@code drops column email}
 */
public record StatementRisk(int statementIndex, int line, Risk risk, TableLock lock, boolean lockKnown,
                            String reason) {

    /** {@code ACCESS EXCLUSIVE on users}, {@code ACCESS EXCLUSIVE on the table of index i}, {@code no table lock}. */
    public String lockText() {
        if (!lockKnown) {
            return "lock unknown";
        }
        return lock == null ? "no table lock" : LockTarget.describe(lock);
    }

    /** {@code line 12, ACCESS EXCLUSIVE on users (drops column email)}. */
    public String describe() {
        return "line " + line + ", " + lockText() + " (" + reason + ")";
    }
}
