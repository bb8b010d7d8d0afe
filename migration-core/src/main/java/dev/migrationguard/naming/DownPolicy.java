package dev.migrationguard.naming;

/** When a versioned migration must have a down script (see {@link MigrationSets}). */
public enum DownPolicy {
    /**
     * Required in dbmate and goose files (their tools write both sections), and, for the schemes that pair separate
     * files (Flyway undo, golang-migrate, folder pairs), in a location that already holds at least one down file: a
     * location without any is a forward-only project.
     */
    AUTO,
    /** Every versioned migration needs a down script. */
    ALWAYS,
    /** Down scripts are never required. */
    NEVER
}
