package dev.migrationguard.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens sessions with a bounded connect timeout and a clear, password-free message when the server does not answer. */
public final class Connections {

    private Connections() {
    }

    /**
     * Opens a session.
     *
     * @throws DatabaseException naming host, port and database when the server does not answer or refuses the login
     */
    public static Connection open(ConnectionSettings settings, int connectTimeoutSeconds) {
        Properties props = new Properties();
        if (settings.user() != null) {
            props.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            props.setProperty("password", settings.password());
        }
        int timeout = Math.max(1, connectTimeoutSeconds);
        props.setProperty("connectTimeout", Integer.toString(timeout));
        props.setProperty("loginTimeout", Integer.toString(timeout));
        props.setProperty("ApplicationName", "migration-guard");
        props.setProperty("tcpKeepAlive", "true");
        // migration statements run once each: the simple query protocol spares the server a parse/bind/describe
        // cycle per statement; the runner's own parameterized statements still use the extended protocol
        // (a preferQueryMode in the URL wins over this)
        props.setProperty("preferQueryMode", "extendedForPrepared");
        try {
            return DriverManager.getConnection(settings.jdbcUrl(), props);
        } catch (SQLException e) {
            throw new DatabaseException("cannot connect to PostgreSQL at " + settings.describe()
                    + (settings.user() == null ? "" : " as " + settings.user()) + " within " + timeout + " s: "
                    + Secrets.mask(e.getMessage(), settings.password())
                    + "; check that the server runs and that db.url, db.user and db.password are right", null);
        }
    }
}
