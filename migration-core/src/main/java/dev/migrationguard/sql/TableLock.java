package dev.migrationguard.sql;

/** A lock a statement takes: the mode and the object (a table, index, sequence, ...) it is taken on. */
public record TableLock(LockLevel level, ObjectRef on) {

    @Override
    public String toString() {
        return level.sqlName() + " on " + on.qualifiedName();
    }
}
