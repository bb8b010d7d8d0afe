package dev.migrationguard.naming;

import java.util.Objects;

/**
 * One script of a migration: a whole file, the up or down section of a single-file migration, or the up or rollback
 * of one changeset of a changelog that holds several migrations.
 *
 * @param file      the file it lives in
 * @param direction up or down (Flyway undo files are DOWN)
 * @param section   which part of the file
 * @param unit      for a file holding several migrations (a Liquibase changelog): the one it belongs to
 *                  ({@code author:id}); null otherwise
 */
public record ScriptRef(SourceFile file, Direction direction, Section section, String unit) {

    /** A script of a file that holds one migration. */
    public ScriptRef(SourceFile file, Direction direction, Section section) {
        this(file, direction, section, null);
    }

    // equals and hashCode written out: a record's generated ones are linked on first use, which costs a fresh JVM
    // (the pre-commit hook, the command line) milliseconds per record type
    @Override
    public boolean equals(Object other) {
        return other instanceof ScriptRef o && Objects.equals(file, o.file) && direction == o.direction
                && section == o.section && Objects.equals(unit, o.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, direction, section, unit);
    }

    /**
     * True for a changeset of an XML, YAML or JSON changelog: Liquibase substitutes the properties the changelogs
     * define and leaves any other {@code ${name}} as written (text of a report's SQL, say), so it is no placeholder.
     */
    public boolean keepsUnknownPlaceholders() {
        return unit != null && LiquibaseDocument.isStructured(file.fileName());
    }

    public String displayPath() {
        return file.displayPath();
    }
}
