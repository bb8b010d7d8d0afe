package dev.migrationguard.db;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.Token;
import dev.migrationguard.sql.TokenType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one prepared script with its history change. Transactional scripts run in one transaction together with the
 * history change: on failure both roll back. Autocommit scripts run each statement alone on the same session; the
 * history change (success or failure) is written afterwards.
 *
 * <p>A transactional script's commit does not wait for the server to flush its WAL to disk
 * ({@code SET LOCAL synchronous_commit = off}, set in the same round trip as the timeouts): the migration and its
 * history row stay atomic and visible at once, and {@link Session#flushCommits()} makes all of them durable with one
 * flush before the run ends. Only a crash of the server itself in between can undo the newest of them, each together
 * with its history row, so the next run applies it again.
 */
final class ScriptApplier {

    private final MigrationGuardConfig config;
    private final Session session;
    private final StatementRunner runner;

    private final List<String> timeouts = new ArrayList<>();
    private final String transactionSettingsSql;

    ScriptApplier(MigrationGuardConfig config, Session session) {
        this.config = config;
        this.session = session;
        this.runner = new StatementRunner(session.settings().password());
        if (configured(config.lockTimeout())) {
            timeouts.add("lock_timeout");
        }
        if (configured(config.statementTimeout())) {
            timeouts.add("statement_timeout");
        }
        StringBuilder sql = new StringBuilder("SELECT set_config('synchronous_commit', 'off', true)");
        for (String name : timeouts) {
            sql.append(", set_config('").append(name).append("', ?, true)");
        }
        this.transactionSettingsSql = sql.toString();
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
                try (PreparedStatement settings = c.prepareStatement(transactionSettingsSql)) {
                    bindTimeouts(settings);
                    settings.execute();
                }
                StatementFailure failure = runner.run(c, script.sql());
                if (failure != null) {
                    rollbackQuietly(c);
                    return new Outcome(failure, millisSince(start));
                }
                history.write(c, (int) millisSince(start), true);
                c.commit();
                session.committedWithoutFlush();
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
        setSessionTimeouts(c);
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
            b.append("SET LOCAL synchronous_commit = off;\n");
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

    /** Sets the configured timeouts for the session (autocommit scripts), in one round trip. */
    private void setSessionTimeouts(Connection c) throws SQLException {
        if (timeouts.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < timeouts.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("set_config('").append(timeouts.get(i)).append("', ?, false)");
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            bindTimeouts(ps);
            ps.execute();
        }
    }

    private void bindTimeouts(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < timeouts.size(); i++) {
            ps.setString(i + 1, timeouts.get(i).equals("lock_timeout") ? config.lockTimeout()
                    : config.statementTimeout());
        }
    }

    /** Resets the session timeouts set for an autocommit script, in one round trip. */
    private void resetTimeouts(Connection c) throws SQLException {
        if (timeouts.isEmpty()) {
            return;
        }
        try (java.sql.Statement st = c.createStatement()) {
            st.execute(String.join("; ", timeouts.stream().map(name -> "RESET " + name).toList()));
        }
    }

    private static boolean configured(String value) {
        return value != null && !value.isBlank();
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
