package dev.migrationguard.db.drift;

import dev.migrationguard.db.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A database of its own for one drift test ({@code drift_test_...}), on {@code MIGRATION_GUARD_TEST_JDBC_URL} when set,
 * else on an embedded PostgreSQL started once per JVM; dropped by {@link #close()}. Drift compares whole databases
 * (the schema names are part of the definitions), so a schema of a shared database would not do.
 */
final class DriftDatabase implements AutoCloseable {


    final String server;
    final String url;
    final String name;

    private DriftDatabase(String server, String url, String name) {
        this.server = server;
        this.url = url;
        this.name = name;
    }

    static DriftDatabase create() {
        String server = serverUrl();
        String name = "drift_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                .toLowerCase(Locale.ROOT);
        execute(server, "CREATE DATABASE " + name + " TEMPLATE template0");
        return new DriftDatabase(server, server.replaceFirst("^(jdbc:postgresql://[^/?]*)/([^?]*)", "$1/" + name),
                name);
    }

    private static String serverUrl() {
        return TestServer.url();
    }

    /** Runs {@code sql} in this database. */
    void execute(String sql) {
        execute(url, sql);
    }

    /** The number of databases on the server whose name starts with {@code prefix}. */
    long databasesNamed(String prefix) throws SQLException {
        try (Connection c = DriverManager.getConnection(server); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM pg_database WHERE datname LIKE '" + prefix + "%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
