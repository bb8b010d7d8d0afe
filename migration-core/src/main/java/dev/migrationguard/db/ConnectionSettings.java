package dev.migrationguard.db;

import java.util.Locale;
import java.util.Set;

/**
 * Where and as whom to connect, resolved from the configuration by {@link ConnectionResolver}.
 *
 * @param jdbcUrl  a {@code jdbc:postgresql://} URL without credentials
 * @param user     the user name, or null to let the driver decide
 * @param password the password, or null; never printed
 * @param host     the first host of the URL, for messages
 * @param port     its port
 * @param database the database name, for messages
 */
public record ConnectionSettings(String jdbcUrl, String user, String password, String host, int port,
                                 String database) {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]", "");

    /** {@code host:port/database}, for messages. */
    public String describe() {
        return host + ":" + port + "/" + database;
    }

    /** True when the server is on this machine (destructive downs are allowed there without asking). */
    public boolean isLocal() {
        return LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "ConnectionSettings{url=" + Secrets.maskUrl(jdbcUrl) + ", user=" + user + ", password="
                + (password == null ? "null" : Secrets.MASK) + "}";
    }
}
