package dev.migrationguard.db;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;
import dev.migrationguard.sql.Token;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.jdbc.PreferQueryMode;

/**
 * Runs one prepared script with its history change. Transactional scripts run in one transaction together with the
 * history change: on failure both roll back. Autocommit scripts run each statement alone on the same session; the
 * history change (success or failure) is written afterwards.
 *
 * <p>A transactional script without COPY data or transaction-control statements is sent in one round trip (its
 * settings, statements and history change as one JDBC batch, then the commit), instead of one round trip per
 * statement: the server runs them in order and stops at the first error, which names the statement that failed.
 *
 * <p>A transactional script's commit waits until the server has flushed it to disk (the server's
 * {@code synchronous_commit}), so a migration is reported applied only once it is durable. With
 * {@code db.fastCommit} it does not wait ({@code SET LOCAL synchronous_commit = off}, sent in the same round trip as
 * the timeouts) and {@link Session#flushCommits()} makes all of them durable with one flush before the run ends; a
 * session lost before then names the migrations whose commit may have been lost.
 */
final class ScriptApplier {

    private final MigrationGuardConfig config;
    private final Session session;
    private final StatementRunner runner;

    /** The configured timeouts, name to value: set for each script (and reset after an autocommit one). */
    private final Map<String, String> timeouts = new LinkedHashMap<>();
    private final boolean simpleStatements;

    /** What opens or ends a transaction or savepoint ({@code PREPARE TRANSACTION} is a COMMIT). */
    private static final Set<StatementKind> TRANSACTION_CONTROL = EnumSet.of(StatementKind.BEGIN,
            StatementKind.COMMIT, StatementKind.ROLLBACK, StatementKind.SAVEPOINT, StatementKind.RELEASE_SAVEPOINT);
    private static final Pattern BATCH_ENTRY = Pattern.compile("^Batch entry (\\d+) ");

    ScriptApplier(MigrationGuardConfig config, Session session) {
        this.config = config;
        this.session = session;
        this.runner = new StatementRunner(session.settings().password());
        if (configured(config.lockTimeout())) {
            timeouts.put("lock_timeout", config.lockTimeout());
        }
        if (configured(config.statementTimeout())) {
            timeouts.put("statement_timeout", config.statementTimeout());
        }
        this.simpleStatements = simpleStatements(session.connection());
    }

    /**
     * The settings a script starts with, as statements with literal values: for a transactional script
     * ({@code local}) the timeouts for its transaction (and, with {@code db.fastCommit}, the commit that does not
     * wait for the WAL flush), for an autocommit script the timeouts for the session.
     */
    private List<String> settings(boolean local) {
        List<String> settings = new ArrayList<>();
        if (local && config.fastCommit()) {
            settings.add("SET LOCAL synchronous_commit = off");
        }
        for (Map.Entry<String, String> t : timeouts.entrySet()) {
            settings.add("SET " + (local ? "LOCAL " : "") + t.getKey() + " = " + HistoryTable.literal(t.getValue()));
        }
        return settings;
    }

    /** Runs {@code settings} in one round trip. */
    private static void execute(Connection c, List<String> settings) throws SQLException {
        if (settings.isEmpty()) {
            return;
        }
        try (java.sql.Statement st = c.createStatement()) {
            st.execute(String.join("; ", settings));
        }
    }

    /**
     * True when the driver sends plain statements with the simple query protocol (the default here, unless the URL
     * asks for another {@code preferQueryMode}): each batch entry is then its own query, and the server reports every
     * entry after a failure as skipped. With the extended protocol it would skip them silently.
     */
    private static boolean simpleStatements(Connection c) {
        try {
            PreferQueryMode mode = c.unwrap(PGConnection.class).getPreferQueryMode();
            return mode == PreferQueryMode.SIMPLE || mode == PreferQueryMode.EXTENDED_FOR_PREPARED;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The outcome.
     *
     * @param failure     the failure, or null on success
     * @param millis      the duration
     * @param sessionLost true when the session ended during the script: nothing more could be written
     */
    record Outcome(StatementFailure failure, long millis, boolean sessionLost) {
    }

    /**
     * Runs the script with its history change. An autocommit script is recorded as started
     * ({@link HistoryWrite#start}) before its first statement and finished after its last one (or after its failure,
     * when {@code recordFailure} and the session still answers); a session lost in between leaves it recorded as
     * started, never as applied.
     */
    Outcome apply(PreparedScript script, HistoryWrite history, boolean recordFailure) throws SQLException {
        Connection c = session.connection();
        long start = System.nanoTime();
        if (!script.autocommit() && simpleStatements && pipelined(script)) {
            return applyPipelined(c, script, history, start);
        }
        if (!script.autocommit()) {
            return inTransaction(c, script, start, () -> {
                execute(c, settings(true));
                StatementFailure failure = runner.run(c, script.sql());
                if (failure == null) {
                    history.write(c, (int) millisSince(start), true);
                }
                return failure;
            });
        }
        history.start(c);
        execute(c, settings(false));
        StatementFailure failure;
        boolean alive;
        try {
            failure = runner.run(c, script.sql());
        } finally {
            alive = !c.isClosed() && c.isValid(2);
            if (alive) {
                resetTimeouts(c);
            }
        }
        long millis = millisSince(start);
        if (failure == null || (recordFailure && alive)) {
            history.write(c, (int) millis, failure == null);
        }
        return new Outcome(failure, millis, failure != null && (!alive || sessionEnded(failure.sqlState())));
    }

    /**
     * True when the script can go to the server as one batch: no statement sends COPY data (that takes the copy
     * protocol) and none ends or opens a transaction or savepoint (after a failure every later statement must fail,
     * so nothing after the failing one runs).
     */
    static boolean pipelined(PreparedScript script) {
        for (Statement s : script.sql().statements()) {
            if (StatementRunner.copyData(s) != null || TRANSACTION_CONTROL.contains(s.kind())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs a transactional script as one batch (settings, statements, history change) and commits. On failure the
     * transaction is rolled back and the failing statement is found by asking the server again: the statements run
     * once more, one at a time, in a transaction that is always rolled back, and the first one the server refuses is
     * named with its own error (see {@link #locate}). The replies of a batch cannot be trusted to say which entry
     * failed: after the failure the server refuses every later entry, some with "current transaction is aborted",
     * others (a syntax error) with their own error.
     */
    private Outcome applyPipelined(Connection c, PreparedScript script, HistoryWrite history, long start)
            throws SQLException {
        List<Statement> statements = script.sql().statements();
        c.setAutoCommit(false);
        try (java.sql.Statement batch = c.createStatement()) {
            batch.setEscapeProcessing(false);
            List<String> settings = settings(true);
            for (String setting : settings) {
                batch.addBatch(setting);
            }
            for (Statement s : statements) {
                batch.addBatch(s.text());
            }
            batch.addBatch(history.sql());
            try {
                batch.executeBatch();
            } catch (BatchUpdateException e) {
                rollbackQuietly(c);
                SQLException cause = cause(e);
                if (sessionEnded(cause.getSQLState()) || c.isClosed()) {
                    int entry = Math.min(Math.max(driverEntry(e) - settings.size(), 0), statements.size() - 1);
                    Statement s = statements.get(entry);
                    return new Outcome(runner.failure(script.path(), s, cause), millisSince(start), true);
                }
                StatementFailure failure = locate(c, script);
                if (failure == null) {
                    // the statements all ran: the failure was a setting or the history change, or did not recur
                    throw cause;
                }
                return new Outcome(failure, millisSince(start), false);
            }
            c.commit();
            committed(script);
            return new Outcome(null, millisSince(start), false);
        } catch (SQLException e) {
            rollbackQuietly(c);
            throw e;
        } finally {
            if (!c.isClosed()) {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * The failing statement of a transactional script whose batch failed (and was rolled back): its settings and
     * statements run again, one statement per round trip, in a transaction that is rolled back whatever happens; the
     * first statement the server refuses is the one named, with the server's error for it. Null when every statement
     * ran (the batch's failure was elsewhere, or did not recur). A setting the server refuses is thrown.
     */
    private StatementFailure locate(Connection c, PreparedScript script) throws SQLException {
        try {
            execute(c, settings(true));
            return runner.run(c, script.sql());
        } finally {
            rollbackQuietly(c);
        }
    }

    /** The work of a transactional script: its failure, or null when it may commit. */
    @FunctionalInterface
    private interface TransactionBody {
        StatementFailure run() throws SQLException;
    }

    /** Runs {@code body} in one transaction: commits it when it reports no failure, rolls it back otherwise. */
    private Outcome inTransaction(Connection c, PreparedScript script, long start, TransactionBody body)
            throws SQLException {
        c.setAutoCommit(false);
        try {
            StatementFailure failure = body.run();
            if (failure != null) {
                rollbackQuietly(c);
                return new Outcome(failure, millisSince(start), c.isClosed() || sessionEnded(failure.sqlState()));
            }
            c.commit();
            committed(script);
            return new Outcome(null, millisSince(start), false);
        } catch (SQLException e) {
            rollbackQuietly(c);
            throw e;
        } finally {
            if (!c.isClosed()) {
                c.setAutoCommit(true);
            }
        }
    }

    /** Notes a commit: with {@code db.fastCommit} it is durable only once the session flushes. */
    private void committed(PreparedScript script) {
        if (config.fastCommit()) {
            session.committedWithoutFlush(script.path());
        }
    }

    /** True for the SQLSTATEs of a session that ended: connection exceptions and operator intervention. */
    static boolean sessionEnded(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }

    /** The first error the server answered the batch with (the driver chains the errors in the order received). */
    private static SQLException cause(BatchUpdateException e) {
        return e.getNextException() == null ? e : e.getNextException();
    }

    /**
     * The entry the driver's message names ("Batch entry 3 ..."), or -1: used only when the session ended, so that
     * nothing can be asked again.
     */
    private static int driverEntry(BatchUpdateException e) {
        Matcher m = BATCH_ENTRY.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The script as SQL text, wrapped like {@link #apply} runs it, with its history change. */
    String dryRun(PreparedScript script, HistoryWrite history) {
        StringBuilder b = new StringBuilder();
        b.append("-- ").append(script.path()).append(script.autocommit()
                ? " (autocommit: " + script.autocommitReason() + ")" : "").append('\n');
        if (!script.autocommit()) {
            b.append("BEGIN;\n");
        }
        for (String setting : settings(!script.autocommit())) {
            b.append(setting).append(";\n");
        }
        for (Statement s : script.sql().statements()) {
            b.append(s.text());
            if (!s.text().strip().endsWith(";")) {
                b.append(';');
            }
            b.append('\n');
            Token data = StatementRunner.copyData(s);
            if (data != null) {
                b.append(StatementRunner.copyRows(data.text())).append("\\.\n");
            }
        }
        b.append(history.sql()).append('\n');
        if (!script.autocommit()) {
            b.append("COMMIT;\n");
        }
        return b.append('\n').toString();
    }

    /** Resets the session timeouts set for an autocommit script, in one round trip. */
    private void resetTimeouts(Connection c) throws SQLException {
        if (timeouts.isEmpty()) {
            return;
        }
        try (java.sql.Statement st = c.createStatement()) {
            st.execute(String.join("; ", timeouts.keySet().stream().map(name -> "RESET " + name).toList()));
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
