package dev.migrationguard.db;

/**
 * The database cannot be used: it does not answer, refuses the login, or a history query fails. An environment
 * problem, not a mistake in the migrations. Its message never contains a password.
 */
public class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
