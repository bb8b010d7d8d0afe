package dev.migrationguard.db.roundtrip;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.ConnectionResolver;
import dev.migrationguard.db.ConnectionSettings;
import dev.migrationguard.db.Connections;
import dev.migrationguard.db.DatabaseException;
import dev.migrationguard.db.Secrets;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The throw-away place a round trip runs in: a fresh schema, created for the run and dropped after it, on the server
 * {@code db.url} names, or else on an embedded PostgreSQL started for the run and stopped after it. Existing objects
 * of the server are never touched: every session of the run has the fresh schema as its search path.
 */
public final class RoundTripTarget implements AutoCloseable {

    private final MigrationGuardConfig config;
    private final ConnectionSettings settings;
    private final String schema;
    private final AutoCloseable server;
    private final String description;

    private RoundTripTarget(MigrationGuardConfig config, ConnectionSettings settings, String schema,
                            AutoCloseable server, String description) {
        this.config = config;
        this.settings = settings;
        this.schema = schema;
        this.server = server;
        this.description = description;
    }

    /**
     * Opens the target: the server of {@code db.url} when configured, else an embedded PostgreSQL.
     *
     * @throws DatabaseException when the server does not answer or the embedded server cannot start
     */
    public static RoundTripTarget open(MigrationGuardConfig config, Map<String, String> env) {
        if (config.dbUrl() != null && !config.dbUrl().isBlank()) {
            return onServer(config, env, null, null);
        }
        return embedded(config);
    }

    /**
     * Starts an embedded PostgreSQL and opens a fresh schema on it. Its version is that of the binaries on the class
     * path (pinned by the build); when {@code db.pgVersion} asks for another major version, the description says so.
     */
    public static RoundTripTarget embedded(MigrationGuardConfig config) {
        EmbeddedServer server = EmbeddedServer.start();
        try {
            MigrationGuardConfig onEmbedded = config.toBuilder().dbUrl(server.jdbcUrl()).dbUser(null)
                    .dbPassword(null).build();
            String version = server.version();
            String major = version.contains(".") ? version.substring(0, version.indexOf('.')) : version;
            String note = major.equals(Integer.toString(config.pgVersion())) ? ""
                    : " (db.pgVersion " + config.pgVersion() + " asked; these are the only binaries on the class path: "
                    + "set db.url to a PostgreSQL " + config.pgVersion() + " server for that version)";
            return onServer(onEmbedded, Map.of(), server, "embedded PostgreSQL " + version + note);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static RoundTripTarget onServer(MigrationGuardConfig config, Map<String, String> env,
                                            AutoCloseable server, String description) {
        ConnectionResolver.Resolution resolution = ConnectionResolver.resolve(config, env);
        if (!resolution.ok()) {
            throw new DatabaseException(resolution.error());
        }
        ConnectionSettings settings = resolution.settings();
        String schema = "migration_guard_roundtrip_" + UUID.randomUUID().toString().replace("-", "")
                .substring(0, 10).toLowerCase(Locale.ROOT);
        try (Connection c = Connections.open(settings, config.connectTimeoutSeconds());
             Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new DatabaseException("cannot create schema " + schema + " on " + settings.describe() + ": "
                    + Secrets.mask(e.getMessage(), settings.password()) + "; the round trip needs a user allowed to "
                    + "create schemas");
        }
        return new RoundTripTarget(config, settings, schema, server,
                description == null ? settings.describe() : description);
    }

    /** A new session whose search path is the round trip's schema. */
    public Connection connect() {
        Connection c = Connections.open(settings, config.connectTimeoutSeconds());
        try (Statement st = c.createStatement()) {
            st.execute("SET search_path TO " + schema);
            return c;
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the session is unusable anyway
            }
            throw new DatabaseException("cannot use schema " + schema + " on " + settings.describe() + ": "
                    + Secrets.mask(e.getMessage(), settings.password()));
        }
    }

    /** The schema the round trip runs in. */
    public String schema() {
        return schema;
    }

    /** Where the round trip runs, for messages: host, port and database, or the embedded server. */
    public String description() {
        return description;
    }

    /** Drops the schema with everything in it, and stops the embedded server if one was started. */
    @Override
    public void close() {
        try (Connection c = Connections.open(settings, config.connectTimeoutSeconds());
             Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException | DatabaseException e) {
            // the server is gone or the schema with it; nothing left to clean
        } finally {
            if (server != null) {
                try {
                    server.close();
                } catch (Exception e) {
                    // stopping a throw-away server: nothing to do
                }
            }
        }
    }

    /** An embedded PostgreSQL for one run. */
    static final class EmbeddedServer implements AutoCloseable {
        private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg;

        private EmbeddedServer(io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg) {
            this.pg = pg;
        }

        static EmbeddedServer start() {
            try {
                return new EmbeddedServer(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start());
            } catch (IOException e) {
                throw new DatabaseException("cannot start an embedded PostgreSQL: " + e.getMessage()
                        + "; set db.url to a PostgreSQL server the round trip may create a schema on");
            } catch (NoClassDefFoundError e) {
                throw new DatabaseException("embedded PostgreSQL is not on the class path; set db.url to a "
                        + "PostgreSQL server the round trip may create a schema on");
            }
        }

        String jdbcUrl() {
            return pg.getJdbcUrl("postgres", "postgres");
        }

        String version() {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement();
                 var rs = st.executeQuery("SHOW server_version")) {
                return rs.next() ? rs.getString(1) : "";
            } catch (SQLException e) {
                return "";
            }
        }

        @Override
        public void close() {
            try {
                pg.close();
            } catch (IOException e) {
                // the server's files stay in the temporary directory
            }
        }
    }
}
