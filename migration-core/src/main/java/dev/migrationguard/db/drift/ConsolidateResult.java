package dev.migrationguard.db.drift;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A consolidated baseline.
 *
 * @param file        the baseline written; null when nothing was written
 * @param included    the migrations it holds, in order ({@code 3 add email})
 * @param differences what a database built from the baseline alone lacks or has more than the replay; empty when
 *                    it verified equal
 * @param problems    what stopped it (a script that failed, an existing file, bad names)
 * @param millis      time of the whole run
 */
public record ConsolidateResult(Path file, List<String> included, List<DriftDifference> differences,
                                List<String> problems, long millis) {

    public boolean ok() {
        return file != null && differences.isEmpty() && problems.isEmpty();
    }

    /** {@code B20__baseline.sql: 20 migrations, schema only, verified equal to the replay; 4.2 s}. */
    public String summary() {
        String time = String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        if (!problems.isEmpty()) {
            return "no baseline: " + String.join("; ", problems) + "; " + time;
        }
        return file.getFileName() + ": " + included.size() + " migration(s), schema only (no seed data), "
                + (differences.isEmpty() ? "verified equal to the replay"
                : differences.size() + " difference(s) between a database built from it and the replay") + "; "
                + time;
    }
}
