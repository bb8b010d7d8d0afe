package dev.migrationguard.db;

/** Where a migration stands against the history table. */
public enum MigrationState {
    /** In the history, file unchanged. */
    APPLIED,
    /** Marked applied by a baseline; nothing ran for it. */
    BASELINE,
    /**
     * Not in the history, at or below a baseline row's version (a Flyway {@code BASELINE} row imported by
     * {@code db:baseline -Ddb.importFrom=flyway}): the baseline stands for it, so it never runs.
     */
    BELOW_BASELINE,
    /** Not in the history yet. */
    PENDING,
    /** Not applied, but below the highest applied version. */
    OUT_OF_ORDER,
    /** A non-transactional run failed part way; repair needed. */
    FAILED,
    /** A non-transactional run started and never finished (its session ended, its process stopped); check, repair. */
    DIRTY,
    /** In the history, but the file changed since. */
    CHANGED,
    /** In the history, but the file is gone. */
    MISSING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
