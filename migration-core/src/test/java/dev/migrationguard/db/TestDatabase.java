package dev.migrationguard.db;

import dev.migrationguard.config.MigrationGuardConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A real PostgreSQL for one test, on the {@link TestServer} ({@code MIGRATION_GUARD_TEST_JDBC_URL} when set, else an
 * embedded PostgreSQL started once per JVM). Each test gets its own schema, dropped by {@link #close()}.
 */
final class TestDatabase implements AutoCloseable {

    private final String url;
    private final String schema;

    private TestDatabase(String url, String schema) {
        this.url = url;
        this.schema = schema;
    }

    /** A fresh schema on the test server. */
    static TestDatabase create() {
        String base = baseUrl();
        String schema = "mg_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(base); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema on " + Secrets.maskUrl(base), e);
        }
        return new TestDatabase(base, schema);
    }

    private static String baseUrl() {
        return TestServer.url();
    }

    String url() {
        return url;
    }

    String schema() {
        return schema;
    }

    /** A session whose search path is this test's schema. */
    Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement st = c.createStatement()) {
            st.execute("SET search_path TO " + schema);
        }
        return c;
    }

    /** A configuration pointing the runner at this schema and at {@code projectDir}'s default location. */
    MigrationGuardConfig.Builder config(Path projectDir) {
        return MigrationGuardConfig.builder(projectDir).dbUrl(url).historySchema(schema).lockWaitSeconds(30);
    }

    /** Runs {@code sql} in this schema and returns the first column of the first row (or null). */
    Object query(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema " + schema, e);
        }
    }
}
