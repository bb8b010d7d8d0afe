package dev.migrationguard.db;

import dev.migrationguard.naming.MigrationVersion;
import java.nio.file.Path;

/**
 * What one invocation asks for, beside the shared configuration.
 *
 * @param target          {@code db.target}: migrate up to / roll back down to this version (null = all / steps)
 * @param steps           {@code db.steps}: how many applied versions to roll back (default 1)
 * @param dryRun          {@code db.dryRun}: print the SQL instead of running it
 * @param output          {@code db.output}: write the dry-run SQL to this file instead of the log (null = log)
 * @param baselineVersion {@code db.baselineVersion}: mark an existing database as at this version
 * @param importFrom      {@code db.importFrom}: {@code flyway} to copy an existing Flyway history
 */
public record RunOptions(MigrationVersion target, int steps, boolean dryRun, Path output, String baselineVersion,
                         String importFrom) {

    public static RunOptions defaults() {
        return new RunOptions(null, 1, false, null, null, null);
    }

    public RunOptions withTarget(MigrationVersion v) {
        return new RunOptions(v, steps, dryRun, output, baselineVersion, importFrom);
    }

    public RunOptions withSteps(int n) {
        return new RunOptions(target, n, dryRun, output, baselineVersion, importFrom);
    }

    public RunOptions withDryRun(boolean on, Path file) {
        return new RunOptions(target, steps, on, file, baselineVersion, importFrom);
    }

    public RunOptions withBaselineVersion(String v) {
        return new RunOptions(target, steps, dryRun, output, v, importFrom);
    }

    public RunOptions withImportFrom(String source) {
        return new RunOptions(target, steps, dryRun, output, baselineVersion, source);
    }
}
