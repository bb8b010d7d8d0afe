package dev.migrationguard.config;

import java.util.Locale;

/**
 * What an empty down script means ({@code emptyDown} in {@code .migration-guard.yml}, {@code db.emptyDown}): a down
 * holding only the marker {@code -- migration-guard:no-op <reason>} is a deliberate no-op either way, and one marked
 * {@code -- migration-guard:irreversible <reason>} always refuses a rollback.
 */
public enum EmptyDown {
    /**
     * An empty down (no statement, no marker) is a deliberate no-op: {@code db:rollback} records the version as undone
     * without running anything, as golang-migrate does with its empty {@code .down.sql} files. The default.
     */
    NOOP,
    /**
     * An empty down is a mistake (a placeholder never filled in): {@code empty-down-migration} reports it and
     * {@code db:rollback} refuses it; only the {@code no-op} marker makes a down deliberately empty.
     */
    ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code noop} (or {@code no-op}) or {@code error}, any case; null for anything else. */
    public static EmptyDown parse(String s) {
        if (s == null) {
            return null;
        }
        String v = s.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "noop", "no-op" -> NOOP;
            case "error" -> ERROR;
            default -> null;
        };
    }
}
