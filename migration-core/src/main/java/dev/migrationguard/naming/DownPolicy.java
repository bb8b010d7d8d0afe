package dev.migrationguard.naming;

/** When a versioned migration must have a down script (see {@link MigrationSets}). */
public enum DownPolicy {
    /**
     * Required where the naming scheme pairs files by convention (golang-migrate, folder pairs, dbmate, goose) and,
     * for Flyway, only in a location that already holds at least one {@code U} undo file.
     */
    AUTO,
    /** Every versioned migration needs a down script. */
    ALWAYS,
    /** Down scripts are never required. */
    NEVER
}
