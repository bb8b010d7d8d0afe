package dev.migrationguard.db.drift;

import dev.migrationguard.naming.MigrationVersion;
import java.nio.file.Path;

/**
 * How one consolidation runs.
 *
 * @param version   the last version the baseline holds ({@code db.version}); required
 * @param output    the file to write; null for {@code B<version>__baseline.sql} in the first location
 * @param force     overwrite an existing file ({@code db.force})
 * @param pgDump    the pg_dump executable ({@code db.pgDump}); null to search {@code PATH}
 * @param replayUrl the server to replay on ({@code db.replayUrl}); null for {@code db.url}'s server, else embedded
 */
public record ConsolidateOptions(MigrationVersion version, Path output, boolean force, String pgDump,
                                 String replayUrl) {
}
