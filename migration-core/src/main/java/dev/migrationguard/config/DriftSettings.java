package dev.migrationguard.config;

import java.util.List;

/**
 * How {@code db:drift} compares a database with its migrations ({@code drift:} in {@code .migration-guard.yml}).
 *
 * @param ignore object patterns left out of the comparison, e.g. {@code index:*_tmp} (see
 *               {@code dev.migrationguard.db.drift.ObjectPattern})
 */
public record DriftSettings(List<String> ignore) {

    public DriftSettings {
        ignore = List.copyOf(ignore);
    }

    public static DriftSettings defaults() {
        return new DriftSettings(List.of());
    }
}
