package dev.migrationguard.db;

/**
 * A statement PostgreSQL refused (or a session that died while running it).
 *
 * @param path      the file
 * @param line      the line of the error: the statement's first line, moved to PostgreSQL's error position when known
 * @param statement the statement, abbreviated
 * @param sqlState  PostgreSQL's SQLSTATE, or null
 * @param error     PostgreSQL's message
 */
public record StatementFailure(String path, int line, String statement, String sqlState, String error) {

    /** {@code V3__x.sql:12: ERROR: relation "users" does not exist (42P01) in: ALTER TABLE ...}. */
    public String message() {
        return path + ":" + line + ": " + error + (sqlState == null ? "" : " (SQLSTATE " + sqlState + ")")
                + " in: " + statement;
    }
}
