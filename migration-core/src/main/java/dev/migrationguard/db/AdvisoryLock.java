package dev.migrationguard.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.CRC32;

/**
 * A session-level advisory lock, taken with {@code pg_try_advisory_lock} polled until a bounded wait runs out. Session
 * level on purpose: it stays held across the commits of non-transactional statements (CREATE INDEX CONCURRENTLY) and
 * PostgreSQL releases it when the session ends, even if the process dies.
 */
public final class AdvisoryLock implements AutoCloseable {

    private static final long POLL_MILLIS = 100;

    private final Connection connection;
    private final long key;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /**
     * The lock key for a history table: one lock per table as the server resolves it, the same in every process
     * whatever the spelling of the configuration ({@code db.schema=public} or none).
     *
     * @param canonicalName the table's {@code schema.table}, from {@link #canonicalName}
     */
    public static long keyFor(String canonicalName) {
        CRC32 crc = new CRC32();
        crc.update(("migration-guard:" + canonicalName).getBytes(StandardCharsets.UTF_8));
        return 0x4d47_0000_0000_0000L | crc.getValue();
    }

    /**
     * The history table's {@code schema.table} as the server resolves it: the schema of the existing table (found
     * through the session's search path), else the schema it would be created in ({@code current_schema()}), else,
     * for a configured schema that does not exist yet, that schema's name.
     */
    public static String canonicalName(Connection connection, HistoryTable table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT coalesce((SELECT n.nspname FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass(?)), current_schema(), ?)")) {
            ps.setString(1, table.qualifiedName());
            ps.setString(2, table.schema());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String schema = rs.getString(1);
                return (schema == null ? "" : schema + ".") + table.table();
            }
        }
    }

    /**
     * Takes the lock, waiting up to {@code waitSeconds}.
     *
     * @throws DatabaseException when another session holds it for longer than that
     */
    public static AdvisoryLock acquire(Connection connection, HistoryTable table, int waitSeconds) throws SQLException {
        String name = canonicalName(connection, table);
        long key = keyFor(name);
        long deadline = System.nanoTime() + Math.max(0, waitSeconds) * 1_000_000_000L;
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, key);
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        if (!connection.getAutoCommit()) {
                            connection.commit();
                        }
                        return new AdvisoryLock(connection, key);
                    }
                }
                if (System.nanoTime() >= deadline) {
                    throw new DatabaseException("another migration run holds the lock on " + name
                            + " (advisory lock " + key + ") and did not release it within " + waitSeconds
                            + " s; wait for it to finish or raise db.lockWaitSeconds");
                }
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DatabaseException("interrupted while waiting for the migration lock");
                }
            }
        }
    }

    /** Releases the lock; a closed session has released it already. */
    @Override
    public void close() {
        try {
            if (connection.isClosed()) {
                return;
            }
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                ps.setLong(1, key);
                ps.execute();
            }
        } catch (SQLException e) {
            // the session is gone: PostgreSQL released the lock with it
        }
    }
}
