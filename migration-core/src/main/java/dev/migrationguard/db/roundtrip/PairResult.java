package dev.migrationguard.db.roundtrip;

import java.util.List;

/**
 * The round trip of one migration.
 *
 * @param migration   the migration's label ({@code 3 add email})
 * @param status      the verdict
 * @param detail      why it was skipped or failed, or for a pair that is not reversible, the up that then failed to
 *                    run again; empty otherwise
 * @param changes     what the down (or the second up) left different, one entry per object with both definitions
 * @param locks       the locks each up statement took (first up)
 * @param millis      time spent on the migration
 */
public record PairResult(String migration, Status status, String detail, List<Difference> changes,
                         List<StatementLocks> locks, long millis) {

    /** The verdict on one migration. */
    public enum Status {
        /** Down restored the schema before up, and up again the schema after up. */
        REVERSIBLE,
        /** The schema differs after down or after up again. */
        NOT_REVERSIBLE,
        /** A script failed. */
        FAILED,
        /**
         * Not round-tripped, by design: no down script, an irreversible marker, an empty (no-op) down, or outside
         * db.from/db.to (applied only).
         */
        SKIPPED,
        /**
         * Not round-tripped because the schema it expects could not be built: the up of an earlier migration (or its
         * own) fails.
         */
        NOT_CHECKED
    }

    /** One readable line per difference ({@link Difference#summary()}). */
    public List<String> differences() {
        return changes.stream().map(Difference::summary).toList();
    }

    /** Lock disagreements with the lint over all statements. */
    public List<String> lockDisagreements() {
        return locks.stream().flatMap(l -> l.disagreements().stream()
                .map(d -> l.path() + ":" + l.line() + ": " + d)).toList();
    }
}
