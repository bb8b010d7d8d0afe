package dev.migrationguard.db;

import dev.migrationguard.config.MigrationGuardConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One database session of a run: the connection (search path set to the configured schema), the server version, the
 * history table and, while migrating, the advisory lock. Every statement of the run goes through this one session.
 */
public final class Session implements AutoCloseable {

    private final ConnectionSettings settings;
    private final Connection connection;
    private final HistoryTable history;
    private final int serverMajor;
    private AdvisoryLock lock;
    /** The scripts committed with {@code synchronous_commit = off} since the last flush ({@code db.fastCommit}). */
    private final java.util.List<String> unflushed = new java.util.ArrayList<>();

    private Session(ConnectionSettings settings, Connection connection, HistoryTable history, int serverMajor) {
        this.settings = settings;
        this.connection = connection;
        this.history = history;
        this.serverMajor = serverMajor;
    }

    /** Opens the session; {@link DatabaseException} when the server does not answer. */
    public static Session open(MigrationGuardConfig config, ConnectionSettings settings) {
        Connection c = Connections.open(settings, config.connectTimeoutSeconds());
        try {
            c.setAutoCommit(true);
            String schema = config.historySchema();
            if (schema != null && !schema.isBlank()) {
                try (Statement st = c.createStatement()) {
                    st.execute("SET search_path TO " + HistoryTable.quote(schema));
                }
            }
            int major = c.getMetaData().getDatabaseMajorVersion();
            return new Session(settings, c, new HistoryTable(schema == null || schema.isBlank() ? null : schema,
                    config.historyTable()), major);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new DatabaseException("cannot prepare the session on " + settings.describe() + ": "
                    + Secrets.mask(e.getMessage(), settings.password()), null);
        }
    }

    /** Takes the migration lock (waiting up to {@code waitSeconds}) and creates the history table when absent. */
    public void lockAndCreateHistory(int waitSeconds) throws SQLException {
        lock = AdvisoryLock.acquire(connection, history, waitSeconds);
        history.create(connection);
    }

    public Connection connection() {
        return connection;
    }

    public HistoryTable history() {
        return history;
    }

    public ConnectionSettings settings() {
        return settings;
    }

    public int serverMajor() {
        return serverMajor;
    }

    /**
     * Notes a commit made with {@code synchronous_commit = off} ({@code db.fastCommit}): durable only after
     * {@link #flushCommits()}.
     *
     * @param script the migration it applied, named if the session ends before the flush
     */
    void committedWithoutFlush(String script) {
        unflushed.add(script);
    }

    /** True when a commit made without waiting for the WAL flush has not been flushed by this session yet. */
    boolean hasUnflushedCommits() {
        return !unflushed.isEmpty();
    }

    /**
     * What a lost session means for the commits not flushed yet: "" when there are none, else a sentence naming the
     * migrations reported applied whose commits a server crash may have undone.
     */
    String unflushedNote() {
        if (unflushed.isEmpty()) {
            return "";
        }
        int shown = Math.min(unflushed.size(), 20);
        return "; the session ended before the server confirmed the flush of " + unflushed.size()
                + " commit(s) made with db.fastCommit: " + String.join(", ", unflushed.subList(0, shown))
                + (shown < unflushed.size() ? " and " + (unflushed.size() - shown) + " more" : "")
                + " were reported applied but may have been lost if the server crashed; run db:status once it is back"
                + " (a lost one shows as pending and is applied again by the next db:migrate)";
    }

    /**
     * Makes every commit of this session durable: commits one transaction that has a transaction id
     * ({@code SELECT txid_current()}) under the session's own {@code synchronous_commit}, and such a commit waits
     * until the WAL up to it, with every earlier commit, is flushed (and replicated, where the server is set up to
     * wait for standbys). Nothing to do when every commit waited already.
     */
    public void flushCommits() throws SQLException {
        if (unflushed.isEmpty()) {
            return;
        }
        boolean autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        try (Statement st = connection.createStatement()) {
            st.execute("SELECT txid_current()");
        }
        unflushed.clear();
    }

    /** A SQLException as a {@link DatabaseException} with the password masked. */
    public DatabaseException failure(String doing, SQLException e) {
        return new DatabaseException("cannot " + doing + " on " + settings.describe() + ": "
                + Secrets.mask(e.getMessage(), settings.password()), null);
    }

    /** Flushes the commits (quietly: a session that ended left its commits to the server), then ends the session. */
    @Override
    public void close() {
        try {
            if (!connection.isClosed()) {
                flushCommits();
            }
        } catch (SQLException e) {
            // the session is gone; the server flushes what it committed on its own
        }
        if (lock != null) {
            lock.close();
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a broken session: nothing to do
        }
    }
}
