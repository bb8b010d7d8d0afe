package dev.migrationguard.hooks;

/**
 * The history checks cannot run as configured: the project is not in a Git work tree, or {@code db.base} names no
 * ref. The message names the ref or directory and says what to do; it is meant to be shown as it is.
 */
public final class GitBaseException extends Exception {

    public GitBaseException(String message) {
        super(message);
    }
}
