package dev.migrationguard.naming;

/**
 * One script of a migration: a whole file, or the up or down section of a single-file migration.
 *
 * @param file      the file it lives in
 * @param direction up or down (Flyway undo files are DOWN)
 * @param section   which part of the file
 */
public record ScriptRef(SourceFile file, Direction direction, Section section) {

    public String displayPath() {
        return file.displayPath();
    }
}
