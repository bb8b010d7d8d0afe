package dev.migrationguard.db.roundtrip;

import dev.migrationguard.sql.LockLevel;

/**
 * A relation lock PostgreSQL granted to the migration's session, as {@code pg_locks} shows it.
 *
 * @param relation the relation's name (unqualified)
 * @param mode     the mode as {@code pg_locks.mode} spells it, e.g. {@code AccessExclusiveLock}
 */
public record ObservedLock(String relation, String mode) {

    /** The mode as a {@link LockLevel}; NONE for modes outside the table-lock list. */
    public LockLevel level() {
        for (LockLevel l : LockLevel.values()) {
            if (l.pgLocksMode().equals(mode)) {
                return l;
            }
        }
        return LockLevel.NONE;
    }

    @Override
    public String toString() {
        return mode + " on " + relation;
    }
}
