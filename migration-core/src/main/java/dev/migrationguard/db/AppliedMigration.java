package dev.migrationguard.db;

import dev.migrationguard.naming.MigrationVersion;
import java.time.LocalDateTime;

/**
 * One row of the history table.
 *
 * @param installedRank   the order rows were written in, from 1
 * @param version         the version, or null for a repeatable migration
 * @param description     the description
 * @param type            {@link HistoryTable#TYPE_SQL}, {@link HistoryTable#TYPE_SQL_AUTOCOMMIT}, ...
 * @param script          the file (display path) it came from
 * @param checksum        the checksum of the script, or null
 * @param installedBy     the database user that applied it
 * @param installedOn     when
 * @param executionTimeMs how long it ran
 * @param success         false for a non-transactional migration that failed part way (or has not finished)
 * @param started         true for a non-transactional migration recorded as started that never finished: its run
 *                        was interrupted part way (dirty)
 */
public record AppliedMigration(int installedRank, String version, String description, String type, String script,
                               Integer checksum, String installedBy, LocalDateTime installedOn, int executionTimeMs,
                               boolean success, boolean started) {

    /** A finished row. */
    public AppliedMigration(int installedRank, String version, String description, String type, String script,
                            Integer checksum, String installedBy, LocalDateTime installedOn, int executionTimeMs,
                            boolean success) {
        this(installedRank, version, description, type, script, checksum, installedBy, installedOn, executionTimeMs,
                success, false);
    }

    /** The parsed version, or null. */
    public MigrationVersion parsedVersion() {
        return version == null ? null : MigrationVersion.parse(version);
    }

    /** True for rows written by a baseline (no script ran for them). */
    public boolean isBaselineMarker() {
        return HistoryTable.TYPE_BASELINE.equals(type);
    }
}
