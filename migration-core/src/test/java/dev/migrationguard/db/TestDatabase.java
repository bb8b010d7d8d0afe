package dev.migrationguard.db;

import dev.migrationguard.config.MigrationGuardConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A real PostgreSQL for one test: {@code MIGRATION_GUARD_TEST_JDBC_URL} when set (CI points it at its server), else an
 * embedded PostgreSQL started once per JVM. Each test gets its own schema, dropped by {@link #close()}.
 */
final class TestDatabase implements AutoCloseable {

    private static final String ENV = "MIGRATION_GUARD_TEST_JDBC_URL";
    private static String baseUrl;

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

    private static synchronized String baseUrl() {
        if (baseUrl == null) {
            String env = System.getenv(ENV);
            if (env != null && !env.isBlank()) {
                baseUrl = env;
            } else {
                try {
                    EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                    baseUrl = pg.getJdbcUrl("postgres", "postgres");
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            pg.close();
                        } catch (IOException e) {
                            // the JVM is ending anyway
                        }
                    }));
                } catch (IOException e) {
                    throw new UncheckedIOException("no " + ENV + " and embedded PostgreSQL did not start", e);
                }
            }
        }
        return baseUrl;
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
