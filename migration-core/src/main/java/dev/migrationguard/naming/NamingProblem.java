package dev.migrationguard.naming;

/**
 * A problem with migration names or pairs, found while building a {@link MigrationSet}.
 *
 * @param type      which problem (the lint maps each type to its rule)
 * @param path      display path of the offending file (for pairs: the file that is there)
 * @param message   what is wrong, repeating the bad name
 * @param help      what to do, showing the corrected form where one can be guessed
 * @param otherPath for a problem between two files (a duplicate version): the display path of the other file, so the
 *                  problem can be shown on that one when only it is being checked (the hook checks the files a commit
 *                  touches); null for a problem of one file
 * @param otherHelp what to do when the problem is shown on {@code otherPath}; null when {@code otherPath} is
 * @param line      1-based line of {@code path} the problem is about (a changeset of a changelog), 0 for the file
 */
public record NamingProblem(Type type, String path, String message, String help, String otherPath,
                            String otherHelp, int line) {

    /** A problem of one file. */
    public NamingProblem(Type type, String path, String message, String help) {
        this(type, path, message, help, null, null, 0);
    }

    /** A problem between two files. */
    public NamingProblem(Type type, String path, String message, String help, String otherPath, String otherHelp) {
        this(type, path, message, help, otherPath, otherHelp, 0);
    }

    /** A problem on one line of a file. */
    public static NamingProblem atLine(Type type, String path, int line, String message, String help) {
        return new NamingProblem(type, path, message, help, null, null, line);
    }

    public enum Type {
        /** A file under a location whose name fits no scheme, or not the location's scheme. Rule invalid-migration-name. */
        INVALID_NAME,
        /** Two migrations with the same version. Rule duplicate-migration-version. */
        DUPLICATE_VERSION,
        /** An up whose down is required but absent. Rule missing-down-migration. */
        MISSING_DOWN,
        /** A down (undo, .down.sql, down.sql) with no up. Rule orphan-down-migration. */
        ORPHAN_DOWN,
        /** A change of an XML, YAML or JSON changelog whose SQL is not known. Rule liquibase-change-not-linted. */
        NOT_LINTED
    }
}
