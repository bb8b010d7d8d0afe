package dev.migrationguard.lint;

import dev.migrationguard.config.FailOn;
import dev.migrationguard.naming.MigrationSet;
import java.util.List;

/**
 * Everything a lint run found.
 *
 * @param findings findings sorted by file, line, column, rule
 * @param summary  counts
 * @param set      the migration set that was linted
 * @param scripts  the scripts read, in migration order
 * @param notes    remarks that are not findings (e.g. a configured location that does not exist)
 */
public record LintResult(List<Finding> findings, LintSummary summary, MigrationSet set, List<LintedScript> scripts,
                         List<String> notes) {

    /** The highest risk of the up scripts read (low when none). */
    public Risk highestRisk() {
        Risk max = Risk.LOW;
        for (LintedScript s : scripts) {
            if (s.direction() == dev.migrationguard.naming.Direction.UP) {
                max = max.max(s.risk().risk());
            }
        }
        return max;
    }

    /** True when some finding is at or above {@code failOn}. */
    public boolean fails(FailOn failOn) {
        return findings.stream().anyMatch(f -> failOn.fails(f.severity()));
    }

    /** The findings at or above {@code failOn}. */
    public long failingCount(FailOn failOn) {
        return findings.stream().filter(f -> failOn.fails(f.severity())).count();
    }
}
