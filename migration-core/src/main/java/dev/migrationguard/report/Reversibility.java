package dev.migrationguard.report;

import java.util.Locale;

/**
 * Whether a migration can be rolled back, and why.
 *
 * @param status yes, no, irreversible (marked so on purpose) or not applicable (repeatable, baseline, not a
 *               migration)
 * @param reason a few words: the irreversible marker's reason, {@code no down migration}, what the down does not
 *               undo, {@code round trip passed}; empty when there is nothing to add
 */
public record Reversibility(Status status, String reason) {

    /** The verdict. */
    public enum Status {
        YES, NO, IRREVERSIBLE, NOT_APPLICABLE;

        /** {@code yes}, {@code no}, {@code irreversible} or {@code n/a}. */
        public String label() {
            return this == NOT_APPLICABLE ? "n/a" : name().toLowerCase(Locale.ROOT);
        }
    }

    public Reversibility {
        reason = reason == null ? "" : reason;
    }

    /** {@code no: no down migration}, or just the status when there is no reason. */
    public String describe() {
        return reason.isEmpty() ? status.label() : status.label() + ": " + reason;
    }
}
