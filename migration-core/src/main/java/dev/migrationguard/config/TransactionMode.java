package dev.migrationguard.config;

import java.util.Locale;

/** How the runner that applies the migrations wraps them. Rules about transactions depend on it. */
public enum TransactionMode {
    /** Each migration in its own transaction (this project's runner, Flyway). */
    PER_MIGRATION,
    /** No wrapping transaction: each statement commits on its own (golang-migrate, psql without -1). */
    NONE;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static TransactionMode parse(String s) {
        for (TransactionMode m : values()) {
            if (m.label().equalsIgnoreCase(s) || m.name().equalsIgnoreCase(s)) {
                return m;
            }
        }
        return null;
    }
}
