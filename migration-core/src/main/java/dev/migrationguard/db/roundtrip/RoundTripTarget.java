package dev.migrationguard.db.roundtrip;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.ConnectionResolver;
import dev.migrationguard.db.ConnectionSettings;
import dev.migrationguard.db.Connections;
import dev.migrationguard.db.DatabaseException;
import dev.migrationguard.db.Secrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The throw-away place a round trip runs in: a fresh schema, created for the run and dropped after it, on the server
 * {@code db.url} names; else on a PostgreSQL container started with Testcontainers when a Docker engine answers; else
 * on an embedded PostgreSQL. A server started for the run is stopped after it. Existing objects of the server are
 * never touched: every session of the run has the fresh schema as its search path.
 */
public final class RoundTripTarget implements AutoCloseable {

    private static final String TESTCONTAINERS_CLASS = "org.testcontainers.containers.PostgreSQLContainer";
    private static final String EMBEDDED_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

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
     * Opens the target: the server of {@code db.url} when configured, else a Testcontainers PostgreSQL when a Docker
     * engine answers, else an embedded PostgreSQL.
     *
     * @param env the environment variables (credentials, {@code DOCKER_HOST})
     * @throws DatabaseException when the server does not answer or no server can be started
     */
    public static RoundTripTarget open(MigrationGuardConfig config, Map<String, String> env) {
        return open(config, env, note -> { });
    }

    /**
     * As {@link #open(MigrationGuardConfig, Map)}, telling {@code notes} which server it starts and why, in a line or
     * two (a container image may take a while to download).
     */
    public static RoundTripTarget open(MigrationGuardConfig config, Map<String, String> env, Consumer<String> notes) {
        if (config.dbUrl() != null && !config.dbUrl().isBlank()) {
            return onServer(config, env, null, null);
        }
        String why = dockerUnusable(env, DockerProbe.DEFAULT_TIMEOUT, notes);
        if (why == null) {
            return container(config, notes);
        }
        if (!onClassPath(EMBEDDED_CLASS)) {
            throw new DatabaseException("no PostgreSQL to round-trip on: " + why + ", and no embedded PostgreSQL on "
                    + "the class path; give the URL of a server the round trip may create a schema on (db.url, or "
                    + "--url on the command line)");
        }
        notes.accept(why + "; starting an embedded PostgreSQL");
        return embedded(config);
    }

    /**
     * Null when a PostgreSQL container can be started: Testcontainers is on the class path and a Docker engine
     * answers, first to a quick probe of our own (Testcontainers' search logs every failure), then to Testcontainers.
     * Otherwise the reason, for a note.
     */
    static String dockerUnusable(Map<String, String> env, Duration timeout, Consumer<String> notes) {
        String home = System.getProperty("user.home");
        DockerProbe.Result probe = DockerProbe.probe(env, home == null ? null : Path.of(home), timeout);
        if (!probe.answers()) {
            return probe.detail();
        }
        if (!onClassPath(TESTCONTAINERS_CLASS)) {
            return "a Docker engine answers at " + probe.endpoint() + ", but Testcontainers is not on the class path";
        }
        try {
            if (!TestcontainersGate.dockerAvailable()) {
                return "a Docker engine answers at " + probe.endpoint() + ", but Testcontainers cannot use it";
            }
        } catch (RuntimeException | LinkageError e) {
            return "a Docker engine answers at " + probe.endpoint() + ", but Testcontainers failed: " + e;
        }
        notes.accept("Docker engine at " + probe.endpoint());
        return null;
    }

    /**
     * Starts a PostgreSQL container of {@code db.pgVersion} ({@code postgres:16-alpine}) with Testcontainers and opens
     * a fresh schema on it; when the container does not start, falls back to the embedded PostgreSQL.
     */
    static RoundTripTarget container(MigrationGuardConfig config, Consumer<String> notes) {
        String image = "postgres:" + config.pgVersion() + "-alpine";
        notes.accept("starting " + image + " with Testcontainers");
        Started started;
        try {
            started = TestcontainersGate.start(image);
        } catch (RuntimeException | LinkageError e) {
            notes.accept("the " + image + " container did not start (" + oneLine(e) + "); starting an embedded "
                    + "PostgreSQL");
            return embedded(config);
        }
        try {
            MigrationGuardConfig onContainer = config.toBuilder().dbUrl(started.jdbcUrl()).dbUser(started.user())
                    .dbPassword(started.password()).build();
            return onServer(onContainer, Map.of(), started.server(), "PostgreSQL container " + image
                    + " (Testcontainers)");
        } catch (RuntimeException e) {
            closeQuietly(started.server());
            throw e;
        }
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
                    : " (db.pgVersion " + config.pgVersion() + " asked; these are the only embedded binaries on the "
                    + "class path: with a Docker engine running, the round trip uses a postgres:"
                    + config.pgVersion() + "-alpine container, or set db.url to a PostgreSQL " + config.pgVersion()
                    + " server)";
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
                closeQuietly(server);
            }
        }
    }

    private static void closeQuietly(AutoCloseable server) {
        try {
            server.close();
        } catch (Exception e) {
            // stopping a throw-away server: nothing to do
        }
    }

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, RoundTripTarget.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** A server started for the run, and how to reach it. */
    private record Started(AutoCloseable server, String jdbcUrl, String user, String password) {
    }

    /**
     * The only place that names {@link ContainerServer}, so that Testcontainers' classes are loaded only when this
     * is called: after {@link #onClassPath} found them.
     */
    private static final class TestcontainersGate {
        static boolean dockerAvailable() {
            return ContainerServer.dockerAvailable();
        }

        static Started start(String image) {
            ContainerServer c = ContainerServer.start(image);
            return new Started(c, c.jdbcUrl(), c.user(), c.password());
        }
    }

    /** An embedded PostgreSQL for one run. */
    public static final class EmbeddedServer implements AutoCloseable {
        private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg;
        private final Path serverLog;

        private EmbeddedServer(io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg, Path serverLog) {
            this.pg = pg;
            this.serverLog = serverLog;
        }

        /**
         * Starts the server; what initdb and the server print goes to a log file, named when the start fails and
         * deleted when the server stops.
         */
        public static EmbeddedServer start() {
            Path log = null;
            try {
                log = Files.createTempFile("migration-guard-embedded-postgres-", ".log");
                ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());
                return new EmbeddedServer(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .setOutputRedirector(toLog).setErrorRedirector(toLog).start(), log);
            } catch (IOException e) {
                throw new DatabaseException("cannot start an embedded PostgreSQL: " + e.getMessage()
                        + (log == null ? "" : " (its output: " + log + ")")
                        + "; give the URL of a PostgreSQL server the round trip may create a schema on (db.url, or "
                        + "--url on the command line)");
            } catch (NoClassDefFoundError e) {
                throw new DatabaseException("embedded PostgreSQL is not on the class path; give the URL of a "
                        + "PostgreSQL server the round trip may create a schema on (db.url, or --url on the command "
                        + "line)");
            }
        }

        public String jdbcUrl() {
            return pg.getJdbcUrl("postgres", "postgres");
        }

        public String version() {
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
                Files.deleteIfExists(serverLog);
            } catch (IOException e) {
                // the server's files stay in the temporary directory
            }
        }
    }
}
