package dev.migrationguard.db;

import dev.migrationguard.naming.Migration;
import java.time.LocalDateTime;

/**
 * One line of {@code db:status}.
 *
 * @param state           where it stands
 * @param version         the version ("" for repeatables)
 * @param description     the description
 * @param script          the file (from the history when missing)
 * @param installedOn     when it was applied, or null
 * @param executionTimeMs how long it ran, or null
 * @param migration       the migration on disk, or null when missing
 * @param row             its history row, or null when pending
 */
public record StatusEntry(MigrationState state, String version, String description, String script,
                          LocalDateTime installedOn, Integer executionTimeMs, Migration migration,
                          AppliedMigration row) {
}
