package dev.migrationguard.db.roundtrip;

import java.util.List;

/**
 * The round trip of one migration.
 *
 * @param migration   the migration's label ({@code 3 add email})
 * @param status      the verdict
 * @param detail      why it was skipped or failed, or for a pair that is not reversible, the up that then failed to
 *                    run again; empty otherwise
 * @param differences what the down (or the second up) left different, one readable line each
 * @param locks       the locks each up statement took (first up)
 * @param millis      time spent on the migration
 */
public record PairResult(String migration, Status status, String detail, List<String> differences,
                         List<StatementLocks> locks, long millis) {

    /** The verdict on one migration. */
    public enum Status {
        /** Down restored the schema before up, and up again the schema after up. */
        REVERSIBLE,
        /** The schema differs after down or after up again. */
        NOT_REVERSIBLE,
        /** A script failed; the round trip stops there. */
        FAILED,
        /** Not round-tripped: no down script, an irreversible marker, or outside db.from/db.to (applied only). */
        SKIPPED
    }

    /**
     * True when the round trip cannot go on after this pair: a script failed, so the schema is no longer the one the
     * next migration expects.
     */
    public boolean stopsTheRun() {
        return status == Status.FAILED || (status == Status.NOT_REVERSIBLE && !detail.isEmpty());
    }

    /** Lock disagreements with the lint over all statements. */
    public List<String> lockDisagreements() {
        return locks.stream().flatMap(l -> l.disagreements().stream()
                .map(d -> l.path() + ":" + l.line() + ": " + d)).toList();
    }
}
