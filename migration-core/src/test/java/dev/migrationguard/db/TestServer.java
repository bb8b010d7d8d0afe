package dev.migrationguard.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The PostgreSQL server of the database tests: {@code MIGRATION_GUARD_TEST_JDBC_URL} when set (CI points it at its
 * server), else an embedded PostgreSQL started once per JVM and stopped when the JVM ends. A test makes its own
 * database or schema on it and drops it after.
 */
public final class TestServer {

    /** The variable that names the server, e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}. */
    public static final String ENV = "MIGRATION_GUARD_TEST_JDBC_URL";

    private static String url;

    private TestServer() {
    }

    /** The JDBC URL (with its user) of the server; starts the embedded one on first use when the variable is unset. */
    public static synchronized String url() {
        if (url == null) {
            String env = System.getenv(ENV);
            url = env != null && !env.isBlank() ? env : startEmbedded();
        }
        return url;
    }

    private static String startEmbedded() {
        try {
            // durable commits as a server's default: the embedded server's own default is synchronous_commit=off,
            // which would hide whether the runner turns it off
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    // the JVM is ending anyway
                }
            }));
            return pg.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("no " + ENV + " and the embedded PostgreSQL did not start", e);
        }
    }
}
