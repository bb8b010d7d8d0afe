package dev.migrationguard.maven;

import dev.migrationguard.config.ServerCredentials;

/**
 * The connection and run-policy values a user gave to a runner goal ({@code db:migrate}, {@code db:status}, ...).
 * A null component means "not given": the configuration file, the {@code DATABASE_URL} environment variable or the
 * engine default decides.
 *
 * @param url              {@code db.url}: {@code jdbc:postgresql://...} or {@code postgres://user:pass@host:port/db}
 * @param user             {@code db.user}
 * @param password         {@code db.password}; never printed
 * @param server           the {@code settings.xml} server named by {@code db.serverId}, already decrypted
 * @param schema           {@code db.schema}: the schema of the history table
 * @param table            {@code db.table}: the history table name
 * @param outOfOrder       {@code db.outOfOrder}
 * @param mixed            {@code db.mixed}
 * @param allowDataLoss    {@code db.allowDataLoss}
 * @param backup           {@code db.backup}
 * @param lockTimeout      {@code db.lockTimeout}, e.g. {@code 5s}
 * @param statementTimeout {@code db.statementTimeout}, e.g. {@code 15min}
 * @param lockWaitSeconds  {@code db.lockWaitSeconds}
 * @param fastCommit       {@code db.fastCommit}
 */
public record RunnerParameters(String url, String user, String password, ServerCredentials server, String schema,
                               String table, Boolean outOfOrder, Boolean mixed, Boolean allowDataLoss, Boolean backup,
                               String lockTimeout, String statementTimeout, String lockWaitSeconds,
                               Boolean fastCommit) {

    /** No parameter given. */
    public static RunnerParameters none() {
        return new RunnerParameters(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    @Override
    public String toString() {
        return "RunnerParameters{url=" + (url == null ? null : dev.migrationguard.db.Secrets.maskUrl(url))
                + ", user=" + user + ", password=" + (password == null ? null : dev.migrationguard.db.Secrets.MASK)
                + ", server=" + server + ", schema=" + schema + ", table=" + table + "}";
    }
}
