package dev.migrationguard.db.drift;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.ConnectionResolver;
import dev.migrationguard.db.ConnectionSettings;
import dev.migrationguard.db.Connections;
import dev.migrationguard.db.DatabaseException;
import dev.migrationguard.db.Secrets;
import dev.migrationguard.db.roundtrip.RoundTripTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The throw-away database a drift check replays the migrations in: created for the run ({@code CREATE DATABASE ...
 * TEMPLATE template0}) and dropped after it. Its server: the one {@code --replay-url} / {@code db.replayUrl} names;
 * else the server of the database checked, when its user may create databases (the same PostgreSQL version, so
 * definitions compare exactly); else an embedded PostgreSQL started for the run, as the round trip starts one.
 * A database (not a schema) keeps the schema names of the checked database, which definitions name.
 */
final class ReplayDatabase implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)/([^?]*)(\\?.*)?$");

    private final ConnectionSettings server;
    private final ConnectionSettings settings;
    private final int connectTimeout;
    private final AutoCloseable embedded;
    private final String description;
    private final java.util.List<String> siblings = new java.util.ArrayList<>();

    private ReplayDatabase(ConnectionSettings server, ConnectionSettings settings, int connectTimeout,
                           AutoCloseable embedded, String description) {
        this.server = server;
        this.settings = settings;
        this.connectTimeout = connectTimeout;
        this.embedded = embedded;
        this.description = description;
    }

    /**
     * Creates the throw-away database.
     *
     * @param checked   the database checked (its server is used when its user may create databases); null for none
     * @param replayUrl the server to replay on, or null
     * @throws DatabaseException when no server can take it, saying what to give instead
     */
    static ReplayDatabase create(MigrationGuardConfig config, ConnectionSettings checked, String replayUrl,
                                 Map<String, String> env, Consumer<String> notes) {
        int timeout = config.connectTimeoutSeconds();
        if (replayUrl != null && !replayUrl.isBlank()) {
            ConnectionResolver.Resolution r = ConnectionResolver.resolve(config.toBuilder().dbUrl(replayUrl)
                    .dbUser(null).dbPassword(null).build(), env);
            if (!r.ok()) {
                throw new DatabaseException("replay URL: " + r.error());
            }
            return on(r.settings(), timeout, null, null);
        }
        if (checked != null && mayCreateDatabases(checked, timeout)) {
            return on(checked, timeout, null, null);
        }
        notes.accept((checked == null ? "no database given" : "the user of " + checked.describe()
                + " may not create databases") + "; replaying on an embedded PostgreSQL (give --replay-url / "
                + "db.replayUrl for a server of the version the migrations run on)");
        RoundTripTarget.EmbeddedServer pg = RoundTripTarget.EmbeddedServer.start();
        try {
            Matcher hostPort = Pattern.compile("^jdbc:postgresql://([^:/?]+):(\\d+)/").matcher(pg.jdbcUrl());
            ConnectionSettings s = new ConnectionSettings(pg.jdbcUrl(), "postgres", null,
                    hostPort.find() ? hostPort.group(1) : "localhost",
                    hostPort.find(0) ? Integer.parseInt(hostPort.group(2)) : 5432, "postgres");
            return on(s, timeout, pg, "embedded PostgreSQL " + pg.version());
        } catch (RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    private static boolean mayCreateDatabases(ConnectionSettings s, int timeout) {
        try (Connection c = Connections.open(s, timeout); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT rolcreatedb OR rolsuper FROM pg_roles "
                     + "WHERE rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            return false;
        }
    }

    private static ReplayDatabase on(ConnectionSettings server, int timeout, AutoCloseable embedded,
                                     String serverDescription) {
        String name = newName();
        Matcher m = URL.matcher(server.jdbcUrl());
        if (!m.matches()) {
            throw new DatabaseException("cannot derive a database URL from " + Secrets.maskUrl(server.jdbcUrl())
                    + "; give a URL of the form jdbc:postgresql://host:port/database");
        }
        String url = m.group(1) + "/" + name + (m.group(3) == null ? "" : m.group(3));
        try (Connection c = Connections.open(server, timeout); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " TEMPLATE template0");
        } catch (SQLException e) {
            throw new DatabaseException("cannot create the throw-away database " + name + " on " + server.describe()
                    + ": " + Secrets.mask(e.getMessage(), server.password()) + "; drift replays the migrations in a "
                    + "database of its own: give a server where the user may create databases (--replay-url, "
                    + "db.replayUrl)");
        }
        ConnectionSettings settings = new ConnectionSettings(url, server.user(), server.password(), server.host(),
                server.port(), name);
        return new ReplayDatabase(server, settings, timeout, embedded,
                (serverDescription == null ? server.host() + ":" + server.port() : serverDescription)
                        + ", database " + name + " (dropped after the run)");
    }

    /** Creates one more throw-away database on the same server (dropped with this one) and returns a session on it. */
    Connection connectToNewDatabase() {
        String name = newName();
        Matcher m = URL.matcher(settings.jdbcUrl());
        if (!m.matches()) {
            throw new DatabaseException("cannot derive a database URL from " + Secrets.maskUrl(settings.jdbcUrl()));
        }
        try (Connection c = Connections.open(server, connectTimeout); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " TEMPLATE template0");
        } catch (SQLException e) {
            throw new DatabaseException("cannot create the throw-away database " + name + " on " + server.describe()
                    + ": " + Secrets.mask(e.getMessage(), server.password()));
        }
        siblings.add(name);
        return Connections.open(new ConnectionSettings(m.group(1) + "/" + name + (m.group(3) == null ? ""
                : m.group(3)), server.user(), server.password(), server.host(), server.port(), name), connectTimeout);
    }

    /** Where the throw-away database is (for pg_dump). */
    ConnectionSettings settings() {
        return settings;
    }

    private static String newName() {
        return "migration_guard_drift_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                .toLowerCase(Locale.ROOT);
    }

    /** A new session on the throw-away database. */
    Connection connect() {
        return Connections.open(settings, connectTimeout);
    }

    /** Where it is, for messages. */
    String description() {
        return description;
    }

    /** Drops the database, and stops the embedded server if one was started. */
    @Override
    public void close() {
        try (Connection c = Connections.open(server, connectTimeout); Statement st = c.createStatement()) {
            boolean force = c.getMetaData().getDatabaseMajorVersion() >= 13;
            for (String sibling : siblings) {
                st.execute("DROP DATABASE IF EXISTS " + sibling + (force ? " WITH (FORCE)" : ""));
            }
            st.execute("DROP DATABASE IF EXISTS " + settings.database() + (force ? " WITH (FORCE)" : ""));
        } catch (SQLException | DatabaseException e) {
            // the server is gone, and the database with it when embedded; nothing more to do
        } finally {
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (Exception e) {
                    // stopping a throw-away server
                }
            }
        }
    }
}
