package dev.migrationguard.naming;

/**
 * One migration: a version (null for repeatable ones), a description, its up script and, when there is one, its down.
 *
 * @param version     the version; null for REPEATABLE
 * @param description the description from the name, underscores turned into spaces
 * @param kind        versioned, repeatable or baseline
 * @param scheme      the naming scheme of its location
 * @param up          the up script; never null
 * @param down        the down script (Flyway undo, golang-migrate down, down.sql, down section); null when absent
 */
public record Migration(MigrationVersion version, String description, MigrationKind kind, NamingScheme scheme,
                        ScriptRef up, ScriptRef down) {

    /** Version and description, for messages: {@code 3 add email}, or {@code repeatable refresh views}. */
    public String label() {
        return (version == null ? "repeatable" : version.toString()) + " " + description;
    }
}
