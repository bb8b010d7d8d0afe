package dev.migrationguard.db.roundtrip;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads the relation locks a session holds from {@code pg_locks}: in the session itself before it commits, or from a
 * second session while a statement that cannot run in a transaction block is running.
 */
final class LockObserver {

    private static final String LOCKS = "SELECT coalesce(c.relname, 'oid ' || l.relation), l.mode "
            + "FROM pg_locks l LEFT JOIN pg_class c ON c.oid = l.relation "
            + "LEFT JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE l.pid = %s AND l.locktype = 'relation' AND l.granted "
            + "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            + "AND coalesce(n.nspname, '') NOT IN ('pg_catalog', 'information_schema') "
            + "AND coalesce(n.nspname, '') NOT LIKE 'pg_toast%%' ORDER BY 1, 2";

    private LockObserver() {
    }

    /** The locks the session of {@code connection} holds now (strongest per relation). */
    static List<ObservedLock> own(Connection connection) throws SQLException {
        Map<String, ObservedLock> strongest = new LinkedHashMap<>();
        read(connection, LOCKS.formatted("pg_backend_pid()"), null, strongest);
        return new ArrayList<>(strongest.values());
    }

    /** The backend process id of the session. */
    static int pid(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_backend_pid()");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Samples the locks of backend {@code pid} through {@code watcher} until stopped. */
    static final class Watch implements AutoCloseable {
        private final Map<String, ObservedLock> strongest = new LinkedHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Watch(Connection watcher, int pid) {
            thread = new Thread(() -> {
                String sql = LOCKS.formatted("?");
                while (running.get()) {
                    try {
                        synchronized (strongest) {
                            read(watcher, sql, pid, strongest);
                        }
                        Thread.sleep(2);
                    } catch (SQLException e) {
                        return;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "migration-guard-lock-watch");
            thread.setDaemon(true);
            thread.start();
        }

        /** Stops sampling and returns what was seen. */
        List<ObservedLock> stop() {
            running.set(false);
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (strongest) {
                return new ArrayList<>(strongest.values());
            }
        }

        @Override
        public void close() {
            stop();
        }
    }

    private static void read(Connection c, String sql, Integer pid, Map<String, ObservedLock> strongest)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (pid != null) {
                ps.setInt(1, pid);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObservedLock lock = new ObservedLock(rs.getString(1), rs.getString(2));
                    strongest.merge(lock.relation(), lock,
                            (a, b) -> b.level().compareTo(a.level()) > 0 ? b : a);
                }
            }
        }
    }
}
