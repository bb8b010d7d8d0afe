package dev.migrationguard.config;

/**
 * Database credentials taken from a Maven {@code settings.xml} {@code <server>} (password already decrypted by Maven).
 * The engine has no Maven dependency: the plugin reads the server and hands over its id, user and password.
 *
 * @param id       the server id, for messages
 * @param user     the user name, or null
 * @param password the password, or null; never printed
 */
public record ServerCredentials(String id, String user, String password) {

    @Override
    public String toString() {
        return "ServerCredentials{id=" + id + ", user=" + user + ", password=" + (password == null ? "null" : "****")
                + "}";
    }
}
