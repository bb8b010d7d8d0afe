package dev.migrationguard.db;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.Token;
import dev.migrationguard.sql.TokenType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Runs one prepared script with its history change. Transactional scripts run in one transaction together with the
 * history change: on failure both roll back. Autocommit scripts run each statement alone on the same session; the
 * history change (success or failure) is written afterwards.
 */
final class ScriptApplier {

    private final MigrationGuardConfig config;
    private final Session session;
    private final StatementRunner runner;

    ScriptApplier(MigrationGuardConfig config, Session session) {
        this.config = config;
        this.session = session;
        this.runner = new StatementRunner(session.settings().password());
    }

    /** The outcome: the failure (null on success) and the duration. */
    record Outcome(StatementFailure failure, long millis) {
    }

    Outcome apply(PreparedScript script, HistoryWrite history, boolean recordFailure) throws SQLException {
        Connection c = session.connection();
        long start = System.nanoTime();
        if (!script.autocommit()) {
            c.setAutoCommit(false);
            try {
                setTimeouts(c, true);
                StatementFailure failure = runner.run(c, script.sql());
                if (failure != null) {
                    rollbackQuietly(c);
                    return new Outcome(failure, millisSince(start));
                }
                history.write(c, (int) millisSince(start), true);
                c.commit();
                return new Outcome(null, millisSince(start));
            } catch (SQLException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                if (!c.isClosed()) {
                    c.setAutoCommit(true);
                }
            }
        }
        setTimeouts(c, false);
        StatementFailure failure;
        try {
            failure = runner.run(c, script.sql());
        } finally {
            if (!c.isClosed() && c.isValid(2)) {
                resetTimeouts(c);
            }
        }
        long millis = millisSince(start);
        if (failure == null || recordFailure) {
            if (failure == null || c.isValid(2)) {
                history.write(c, (int) millis, failure == null);
            }
        }
        return new Outcome(failure, millis);
    }

    /** The script as SQL text, wrapped like {@link #apply} runs it, with its history change. */
    String dryRun(PreparedScript script, HistoryWrite history) {
        StringBuilder b = new StringBuilder();
        b.append("-- ").append(script.path()).append(script.autocommit()
                ? " (autocommit: " + script.autocommitReason() + ")" : "").append('\n');
        if (!script.autocommit()) {
            b.append("BEGIN;\n");
        }
        String local = script.autocommit() ? "" : "LOCAL ";
        if (config.lockTimeout() != null) {
            b.append("SET ").append(local).append("lock_timeout = ").append(HistoryTable.literal(config.lockTimeout()))
                    .append(";\n");
        }
        if (config.statementTimeout() != null) {
            b.append("SET ").append(local).append("statement_timeout = ")
                    .append(HistoryTable.literal(config.statementTimeout())).append(";\n");
        }
        for (Statement s : script.sql().statements()) {
            b.append(s.text());
            if (!s.text().strip().endsWith(";")) {
                b.append(';');
            }
            b.append('\n');
            for (Token t : s.tokens()) {
                if (t.type() == TokenType.COPY_DATA) {
                    b.append(StatementRunner.copyRows(t.text())).append("\\.\n");
                }
            }
        }
        b.append(history.sql()).append('\n');
        if (!script.autocommit()) {
            b.append("COMMIT;\n");
        }
        return b.append('\n').toString();
    }

    private void setTimeouts(Connection c, boolean local) throws SQLException {
        setting(c, "lock_timeout", config.lockTimeout(), local);
        setting(c, "statement_timeout", config.statementTimeout(), local);
    }

    private void resetTimeouts(Connection c) throws SQLException {
        if (config.lockTimeout() != null) {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("RESET lock_timeout");
            }
        }
        if (config.statementTimeout() != null) {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("RESET statement_timeout");
            }
        }
    }

    private static void setting(Connection c, String name, String value, boolean local) throws SQLException {
        if (value == null || value.isBlank()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config(?, ?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.setBoolean(3, local);
            ps.execute();
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.isClosed()) {
                c.rollback();
            }
        } catch (SQLException e) {
            // the session is gone; the server rolled back
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
