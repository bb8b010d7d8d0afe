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

    private static final String LOCKS = "SELECT l.relation::bigint, l.mode FROM pg_locks l "
            + "WHERE l.pid = %s AND l.locktype = 'relation' AND l.granted "
            + "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY 1, 2";

    private static final String RELATIONS = "SELECT c.oid::bigint, c.relname FROM pg_class c "
            + "JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'";

    /**
     * The relations outside the system schemas that exist now, by oid. Locks are reported only on these: a relation
     * a statement creates is locked by it, but blocks nobody.
     */
    static Map<Long, String> relations(Connection connection) throws SQLException {
        Map<Long, String> out = new java.util.HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(RELATIONS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        }
        return out;
    }

    private LockObserver() {
    }

    /** The locks the session of {@code connection} holds now on {@code existing} relations (strongest per relation). */
    static List<ObservedLock> own(Connection connection, Map<Long, String> existing) throws SQLException {
        Map<String, ObservedLock> strongest = new LinkedHashMap<>();
        read(connection, LOCKS.formatted("pg_backend_pid()"), null, existing, strongest);
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

    /** Samples the locks of backend {@code pid} on {@code existing} relations through {@code watcher} until stopped. */
    static final class Watch implements AutoCloseable {
        private final Map<String, ObservedLock> strongest = new LinkedHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Watch(Connection watcher, int pid, Map<Long, String> existing) {
            thread = new Thread(() -> {
                String sql = LOCKS.formatted("?");
                while (running.get()) {
                    try {
                        synchronized (strongest) {
                            read(watcher, sql, pid, existing, strongest);
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

    private static void read(Connection c, String sql, Integer pid, Map<Long, String> existing,
                             Map<String, ObservedLock> strongest) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (pid != null) {
                ps.setInt(1, pid);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = existing.get(rs.getLong(1));
                    if (name == null) {
                        continue;
                    }
                    ObservedLock lock = new ObservedLock(name, rs.getString(2));
                    strongest.merge(lock.relation(), lock,
                            (a, b) -> b.level().compareTo(a.level()) > 0 ? b : a);
                }
            }
        }
    }
}
