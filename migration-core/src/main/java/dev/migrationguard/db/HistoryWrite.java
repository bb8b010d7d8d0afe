package dev.migrationguard.db;

import java.sql.Connection;
import java.sql.SQLException;

/** The history change that goes with a script (insert its row, delete it), written in the script's transaction. */
interface HistoryWrite {

    /** Writes the change; {@code success} is false for a failed non-transactional up. */
    void write(Connection connection, int executionTimeMs, boolean success) throws SQLException;

    /** The same change as SQL text, for dry runs. */
    String sql();
}
