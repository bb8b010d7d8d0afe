package dev.migrationguard.naming;

public enum MigrationKind {
    /** Applied once, in version order. */
    VERSIONED,
    /** Flyway {@code R__}: re-applied when its checksum changes; no version, no down. */
    REPEATABLE,
    /** Flyway {@code B<version>__}: a consolidated schema for empty databases; no down. */
    BASELINE
}
