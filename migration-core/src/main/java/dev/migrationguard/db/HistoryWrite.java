package dev.migrationguard.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The history change that goes with a script (insert its row, delete it), written in the script's transaction; for
 * an autocommit script, around it: {@link #start} before its first statement, {@link #write} after its last.
 */
interface HistoryWrite {

    /**
     * Records an autocommit script as started before it runs (committed at once), so that a run that never finishes
     * leaves a row saying so instead of nothing; {@link #write} then finishes that row. Nothing by default.
     */
    default void start(Connection connection) throws SQLException {
    }

    /** Writes the change; {@code success} is false for a failed non-transactional up. */
    void write(Connection connection, int executionTimeMs, boolean success) throws SQLException;

    /**
     * The same change as one SQL statement with literal values: run in a transactional script's transaction right
     * after its statements (so it must change exactly what {@link #write} changes) and printed by dry runs.
     */
    String sql();
}
