package dev.migrationguard.naming;

import java.util.Objects;

/**
 * One script of a migration: a whole file, or the up or down section of a single-file migration.
 *
 * @param file      the file it lives in
 * @param direction up or down (Flyway undo files are DOWN)
 * @param section   which part of the file
 */
public record ScriptRef(SourceFile file, Direction direction, Section section) {

    // equals and hashCode written out: a record's generated ones are linked on first use, which costs a fresh JVM
    // (the pre-commit hook, the command line) milliseconds per record type
    @Override
    public boolean equals(Object other) {
        return other instanceof ScriptRef o && Objects.equals(file, o.file) && direction == o.direction
                && section == o.section;
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, direction, section);
    }

    public String displayPath() {
        return file.displayPath();
    }
}
