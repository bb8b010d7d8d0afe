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

    /** The configured timeouts, name to value: set for each script (and reset after an autocommit one). */
    private final Map<String, String> timeouts = new LinkedHashMap<>();
    private final boolean simpleStatements;

    /** What opens or ends a transaction or savepoint ({@code PREPARE TRANSACTION} is a COMMIT). */
    private static final Set<StatementKind> TRANSACTION_CONTROL = EnumSet.of(StatementKind.BEGIN,
            StatementKind.COMMIT, StatementKind.ROLLBACK, StatementKind.SAVEPOINT, StatementKind.RELEASE_SAVEPOINT);
    /** SQLSTATE of a statement skipped because an earlier one in its transaction failed. */
    private static final String ABORTED = "25P02";
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
     * ({@code local}) the commit that does not wait for the WAL flush and the timeouts for its transaction, for an
     * autocommit script the timeouts for the session.
     */
    private List<String> settings(boolean local) {
        List<String> settings = new ArrayList<>();
        if (local) {
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

    /** The outcome: the failure (null on success) and the duration. */
    record Outcome(StatementFailure failure, long millis) {
    }

    Outcome apply(PreparedScript script, HistoryWrite history, boolean recordFailure) throws SQLException {
        Connection c = session.connection();
        long start = System.nanoTime();
        if (!script.autocommit() && simpleStatements && pipelined(script)) {
            return applyPipelined(c, script, history, start);
        }
        if (!script.autocommit()) {
            return inTransaction(c, start, () -> {
                execute(c, settings(true));
                StatementFailure failure = runner.run(c, script.sql());
                if (failure == null) {
                    history.write(c, (int) millisSince(start), true);
                }
                return failure;
            });
        }
        execute(c, settings(false));
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

    /**
     * True when the script can go to the server as one batch: no statement sends COPY data (that takes the copy
     * protocol) and none ends or opens a transaction or savepoint (after a failure every later statement must fail with
     * "current transaction is aborted", which is how the failing one is found).
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
     * server has skipped every statement after the failing one, each with SQLSTATE 25P02; counting those names the
     * failing statement without relying on the driver's wording.
     */
    private Outcome applyPipelined(Connection c, PreparedScript script, HistoryWrite history, long start)
            throws SQLException {
        List<Statement> statements = script.sql().statements();
        return inTransaction(c, start, () -> {
            try (java.sql.Statement batch = c.createStatement()) {
                batch.setEscapeProcessing(false);
                List<String> settings = settings(true);
                for (String setting : settings) {
                    batch.addBatch(setting);
                }
                int first = settings.size();
                for (Statement s : statements) {
                    batch.addBatch(s.text());
                }
                batch.addBatch(history.sql());
                try {
                    batch.executeBatch();
                    return null;
                } catch (BatchUpdateException e) {
                    SQLException cause = cause(e);
                    StatementFailure failure = failureOf(script, e, cause, first, first + statements.size() + 1);
                    if (failure == null) {
                        throw cause;
                    }
                    return failure;
                }
            }
        });
    }

    /** The work of a transactional script: its failure, or null when it may commit. */
    @FunctionalInterface
    private interface TransactionBody {
        StatementFailure run() throws SQLException;
    }

    /**
     * Runs {@code body} in one transaction: commits it (without waiting for the WAL flush) when it reports no failure,
     * rolls it back when it reports one or throws.
     */
    private Outcome inTransaction(Connection c, long start, TransactionBody body) throws SQLException {
        c.setAutoCommit(false);
        try {
            StatementFailure failure = body.run();
            if (failure != null) {
                rollbackQuietly(c);
                return new Outcome(failure, millisSince(start));
            }
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

    /**
     * The failure of a batch of {@code size} entries whose script statements start at entry {@code first}; null when
     * the failing entry is not one of them (a setting or the history change: reported as the driver's exception).
     */
    private StatementFailure failureOf(PreparedScript script, BatchUpdateException e, SQLException cause, int first,
                                       int size) {
        int skipped = 0;
        for (SQLException n = cause.getNextException(); n != null; n = n.getNextException()) {
            if (ABORTED.equals(n.getSQLState())) {
                skipped++;
            }
        }
        List<Statement> statements = script.sql().statements();
        String state = cause.getSQLState();
        boolean sessionLost = state != null && (state.startsWith("08") || state.startsWith("57P"));
        int failed = sessionLost ? driverEntry(e) : size - 1 - skipped;
        if (failed < first || failed >= size) {
            if (!sessionLost) {
                return null;
            }
            failed = first;
        }
        if (failed == size - 1) {
            return null;
        }
        return runner.failure(script.path(), statements.get(failed - first), cause);
    }

    /** The first error of the batch that is not "current transaction is aborted". */
    private static SQLException cause(BatchUpdateException e) {
        for (SQLException n = e.getNextException(); n != null; n = n.getNextException()) {
            if (!ABORTED.equals(n.getSQLState())) {
                return n;
            }
        }
        return e;
    }

    /** The entry the driver's message names ("Batch entry 3 ..."), or -1; its wording is not relied on otherwise. */
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
