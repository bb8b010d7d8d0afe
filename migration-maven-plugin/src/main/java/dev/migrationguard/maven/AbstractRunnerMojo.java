package dev.migrationguard.maven;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.ConnectionResolver;
import dev.migrationguard.db.DatabaseException;
import dev.migrationguard.db.MigrationRunner;
import dev.migrationguard.db.RunListener;
import dev.migrationguard.db.RunOptions;
import dev.migrationguard.db.RunResult;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Base of the goals that talk to a database: the connection and run-policy parameters, the engine call with its
 * errors mapped to Maven's (a refused or failed run fails the build, a database that cannot be used is an execution
 * error), and the progress lines sent to the log with every password masked.
 *
 * <p>Connection precedence: {@code db.url} (parameter, else {@code url:} in {@code .migration-guard.yml}), else the
 * {@code DATABASE_URL} environment variable; user and password from the URL, {@code db.user}/{@code db.password} and
 * the {@code settings.xml} server of {@code db.serverId} must agree where several are given.
 */
public abstract class AbstractRunnerMojo extends AbstractMigrationGuardMojo {

    /**
     * The database: {@code jdbc:postgresql://host:port/db} or {@code postgres://user:pass@host:port/db}. Default: the
     * configuration file's {@code url}, else the {@code DATABASE_URL} environment variable.
     */
    @Parameter(property = "db.url")
    private MaskedUrl url;

    /** The database user. */
    @Parameter(property = "db.user")
    private String user;

    /**
     * The database password; prefer {@code db.serverId}. Never printed, not even by {@code mvn -X}: the parameter
     * type masks it.
     */
    @Parameter(property = "db.password")
    private Secret password;

    /** The id of a {@code <server>} in settings.xml whose username and (possibly encrypted) password are used. */
    @Parameter(property = "db.serverId")
    private String serverId;

    /** The schema of the history table. Default: the current schema. */
    @Parameter(property = "db.schema")
    private String schema;

    /** The history table. Default: {@code migration_guard_history}. */
    @Parameter(property = "db.table")
    private String table;

    /** Apply pending migrations below the highest applied version. Default: false. */
    @Parameter(property = "db.outOfOrder")
    private Boolean outOfOrder;

    /** Allow a migration that mixes transactional and non-transactional statements. Default: false. */
    @Parameter(property = "db.mixed")
    private Boolean mixed;

    /** Allow a down migration that drops data on a server that is not localhost. Default: false. */
    @Parameter(property = "db.allowDataLoss")
    private Boolean allowDataLoss;

    /** Run pg_dump to {@code target/db-backups/} before changing the database. Default: false. */
    @Parameter(property = "db.backup")
    private Boolean backup;

    /** {@code lock_timeout} for each migration, e.g. {@code 5s}. Default: none. */
    @Parameter(property = "db.lockTimeout")
    private String lockTimeout;

    /** {@code statement_timeout} for each migration, e.g. {@code 15min}. Default: none. */
    @Parameter(property = "db.statementTimeout")
    private String statementTimeout;

    /** How long to wait for another runner's advisory lock, in seconds. Default: 60. */
    @Parameter(property = "db.lockWaitSeconds")
    private String lockWaitSeconds;

    /**
     * Commit each migration without waiting for the server's WAL flush, flushing once at the end of the run (faster;
     * a server crash during the run can lose migrations reported applied, and the run then names them). Default:
     * false: each migration is reported applied once its commit is durable.
     */
    @Parameter(property = "db.fastCommit")
    private Boolean fastCommit;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    /** Decrypts a settings.xml password ({@code settings-security.xml}); injected by Maven (JSR-330). */
    @Inject
    private SettingsDecrypter decrypter;

    @Override
    protected final RunnerParameters runnerParameters() throws MojoExecutionException {
        return new RunnerParameters(MaskedUrl.valueOf(url), user, Secret.valueOf(password),
                serverId == null || serverId.isBlank() ? null
                        : SettingsServers.credentials(settings, decrypter, serverId),
                schema, table, outOfOrder, mixed, allowDataLoss, backup, lockTimeout, statementTimeout,
                lockWaitSeconds, fastCommit);
    }

    /** The goal, e.g. {@code db:migrate}, for messages. */
    protected abstract String goal();

    /** Checks the per-invocation parameters; a mistake stops the goal before it connects. */
    protected final RunOptions options(MigrationGuardConfig config, RunOptionsParameters p)
            throws MojoExecutionException {
        RunOptionsParameters.Checked checked = p.check(config.projectDir());
        if (!checked.ok()) {
            throw new MojoExecutionException(describe(checked.problems()));
        }
        return checked.options();
    }

    /** The runner, its lines going to the log at info level with every password masked. */
    protected final MigrationRunner runner(MigrationGuardConfig config) {
        Masker masker = masker(config);
        RunListener listener = line -> getLog().info(masker.mask(line));
        return new MigrationRunner(config, listener);
    }

    /** A call into the engine that may find the database unusable. */
    @FunctionalInterface
    protected interface EngineCall<T> {
        T call();
    }

    /** Runs {@code call}; a {@link DatabaseException} becomes a {@link MojoExecutionException} with its message. */
    protected final <T> T call(MigrationGuardConfig config, EngineCall<T> call) throws MojoExecutionException {
        try {
            return call.call();
        } catch (DatabaseException e) {
            throw new MojoExecutionException(goal() + ": " + masker(config).mask(e.getMessage()));
        }
    }

    /** Fails the build when the run was refused or failed, listing its problems. */
    protected final void check(MigrationGuardConfig config, RunResult result) throws MojoFailureException {
        if (!result.ok()) {
            throw new MojoFailureException(masker(config).mask(failureMessage(goal(), result)));
        }
    }

    static String failureMessage(String goal, RunResult result) {
        StringBuilder b = new StringBuilder(goal).append(": ").append(result.summary());
        for (String problem : result.problems()) {
            b.append(System.lineSeparator()).append("  ").append(problem);
        }
        return b.toString();
    }

    private static Masker masker(MigrationGuardConfig config) {
        ConnectionResolver.Resolution r = ConnectionResolver.resolve(config);
        return new Masker(config.dbPassword(), config.dbServer() == null ? null : config.dbServer().password(),
                r.ok() ? r.settings().password() : null);
    }
}
