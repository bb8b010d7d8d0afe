package dev.migrationguard.db.roundtrip;

import dev.migrationguard.naming.MigrationVersion;

/**
 * Which migrations a round trip checks.
 *
 * @param from {@code db.from}: first version to round-trip (earlier ones are only applied); null for the first
 * @param to   {@code db.to}: last version to round-trip (later ones are not run); null for the last
 */
public record RoundTripOptions(MigrationVersion from, MigrationVersion to) {

    public static RoundTripOptions all() {
        return new RoundTripOptions(null, null);
    }

    boolean includes(MigrationVersion v) {
        return (from == null || v.compareTo(from) >= 0) && (to == null || v.compareTo(to) <= 0);
    }

    boolean beyond(MigrationVersion v) {
        return to != null && v.compareTo(to) > 0;
    }
}
