package dev.migrationguard.report;

import java.util.Locale;

/** How a migration file differs from the base a pull request is compared with. */
public enum ChangeKind {
    ADDED, CHANGED, DELETED;

    /** {@code added}, {@code changed} or {@code deleted}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
