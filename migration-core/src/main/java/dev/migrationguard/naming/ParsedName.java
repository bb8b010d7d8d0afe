package dev.migrationguard.naming;

/**
 * What {@link NameParser} read from one file path: a migration name, a file to skip (a Flyway callback), or an
 * invalid name with a message that repeats it and, where one can be guessed, the corrected path.
 *
 * @param relativePath the path that was parsed, relative to its location
 * @param scheme       the scheme it was parsed under
 * @param status       migration, ignored or invalid
 * @param kind         versioned, repeatable or baseline; null unless {@link Status#MIGRATION}
 * @param direction    up or down; null unless {@link Status#MIGRATION} (single-file schemes report UP)
 * @param version      the version; null for repeatables and unless {@link Status#MIGRATION}
 * @param name         the name as written (underscores kept; golang-migrate: with its dialect), for pairing
 * @param description  the name for people: underscores as spaces
 * @param message      why the name is invalid or skipped; null for a valid migration name
 * @param help         what to do, an imperative sentence; null for a valid migration name
 * @param suggestion   the corrected relative path when one can be guessed, else null
 */
public record ParsedName(String relativePath, NamingScheme scheme, Status status, MigrationKind kind,
                         Direction direction, MigrationVersion version, String name, String description,
                         String message, String help, String suggestion) {

    /** The outcome of parsing one name. */
    public enum Status {
        /** A migration name of the scheme. */
        MIGRATION,
        /** A file the scheme knows but that is not a migration (Flyway callbacks); skipped without a problem. */
        IGNORED,
        /** Not a valid name of the scheme. */
        INVALID
    }

    /** True unless the name is invalid (ignored files are valid: they are not problems). */
    public boolean isValid() {
        return status != Status.INVALID;
    }

    /** True for a migration name. */
    public boolean isMigration() {
        return status == Status.MIGRATION;
    }

    static ParsedName migration(String path, NamingScheme scheme, MigrationKind kind, Direction direction,
                                MigrationVersion version, String name) {
        return new ParsedName(path, scheme, Status.MIGRATION, kind, direction, version, name,
                name.replace('_', ' ').trim(), null, null, null);
    }

    static ParsedName ignored(String path, NamingScheme scheme, String why) {
        return new ParsedName(path, scheme, Status.IGNORED, null, null, null, null, null, why, null, null);
    }

    static ParsedName invalid(String path, NamingScheme scheme, String message, String help, String suggestion) {
        return new ParsedName(path, scheme, Status.INVALID, null, null, null, null, null, message, help, suggestion);
    }
}
