package dev.migrationguard.config;

import dev.migrationguard.naming.DownPolicy;
import dev.migrationguard.naming.NamingScheme;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one immutable configuration every way in shares (mojo, command line, hook): built from defaults, then
 * {@code .migration-guard.yml}, then explicit parameters.
 */
public final class MigrationGuardConfig {

    /** Flyway's default location, also ours. */
    public static final String DEFAULT_LOCATION = "src/main/resources/db/migration";
    public static final int DEFAULT_PG_VERSION = 16;
    public static final String FILE_NAME = ".migration-guard.yml";
    public static final String DEFAULT_HISTORY_TABLE = "migration_guard_history";
    public static final int DEFAULT_LOCK_WAIT_SECONDS = 60;
    public static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;

    private final Path projectDir;
    private final List<String> locations;
    private final NamingScheme namingScheme;
    private final DownPolicy requireDown;
    private final int pgVersion;
    private final Map<String, String> placeholders;
    private final boolean placeholderReplacement;
    private final Map<String, RuleSetting> rules;
    private final boolean lintDown;
    private final boolean parseCheck;
    private final FailOn failOn;
    private final String format;
    private final String docsBaseUrl;
    private final TransactionMode transactionMode;
    private final EmptyDown emptyDown;
    private final String lockTimeout;
    private final String statementTimeout;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final ServerCredentials dbServer;
    private final String historySchema;
    private final String historyTable;
    private final int lockWaitSeconds;
    private final int connectTimeoutSeconds;
    private final boolean allowMixed;
    private final boolean outOfOrder;
    private final boolean fastCommit;
    private final boolean allowDataLoss;
    private final boolean backup;
    private final String base;
    private final AdoptionSettings adoption;
    private final DriftSettings drift;

    private MigrationGuardConfig(Builder b) {
        this.projectDir = b.projectDir;
        this.locations = List.copyOf(b.locations);
        this.namingScheme = b.namingScheme;
        this.requireDown = b.requireDown;
        this.pgVersion = b.pgVersion;
        this.placeholders = Map.copyOf(b.placeholders);
        this.placeholderReplacement = b.placeholderReplacement;
        this.rules = Map.copyOf(b.rules);
        this.lintDown = b.lintDown;
        this.parseCheck = b.parseCheck;
        this.failOn = b.failOn;
        this.format = b.format;
        this.docsBaseUrl = b.docsBaseUrl;
        this.transactionMode = b.transactionMode;
        this.emptyDown = b.emptyDown;
        this.lockTimeout = b.lockTimeout;
        this.statementTimeout = b.statementTimeout;
        this.dbUrl = b.dbUrl;
        this.dbUser = b.dbUser;
        this.dbPassword = b.dbPassword;
        this.dbServer = b.dbServer;
        this.historySchema = b.historySchema;
        this.historyTable = b.historyTable;
        this.lockWaitSeconds = b.lockWaitSeconds;
        this.connectTimeoutSeconds = b.connectTimeoutSeconds;
        this.allowMixed = b.allowMixed;
        this.outOfOrder = b.outOfOrder;
        this.fastCommit = b.fastCommit;
        this.allowDataLoss = b.allowDataLoss;
        this.backup = b.backup;
        this.base = b.base;
        this.adoption = b.adoption != null ? b.adoption : AdoptionSettings.defaults(b.projectDir);
        this.drift = b.drift;
    }

    public static Builder builder(Path projectDir) {
        return new Builder(projectDir);
    }

    public static MigrationGuardConfig defaults(Path projectDir) {
        return builder(projectDir).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The directory relative locations and display paths are resolved against. */
    public Path projectDir() {
        return projectDir;
    }

    /** Migration directories, relative to {@link #projectDir()} or absolute. */
    public List<String> locations() {
        return locations;
    }

    /** The naming scheme for every location; null = detect per location. */
    public NamingScheme namingScheme() {
        return namingScheme;
    }

    public DownPolicy requireDown() {
        return requireDown;
    }

    /** The PostgreSQL major version the migrations run on. */
    public int pgVersion() {
        return pgVersion;
    }

    /** Values for {@code ${name}} placeholders. */
    public Map<String, String> placeholders() {
        return placeholders;
    }

    public boolean placeholderReplacement() {
        return placeholderReplacement;
    }

    /** Per-rule overrides (severity or off), by rule id. */
    public Map<String, RuleSetting> rules() {
        return rules;
    }

    /** Also run the risk rules on down scripts. */
    public boolean lintDown() {
        return lintDown;
    }

    /**
     * Also parse every statement with JSqlParser and cross-check it against the token classification (the JSON
     * report's {@code parse} field and the summary's parsed / fallback counts); off by default, since no rule reads
     * the parser's tree.
     */
    public boolean parseCheck() {
        return parseCheck;
    }

    public FailOn failOn() {
        return failOn;
    }

    /** Output format name: text, json, sarif, markdown or junit. */
    public String format() {
        return format;
    }

    /**
     * The base URL of the rule pages that reports link to ({@code <docsBaseUrl><rule-id>.md}); always ends with
     * {@code /}. Null when not configured: reports then name the command that prints a rule's page from the docs
     * bundled with the tool ({@code migration-guard explain <id>}), and SARIF carries the pages themselves.
     */
    public String docsBaseUrl() {
        return docsBaseUrl;
    }

    public TransactionMode transactionMode() {
        return transactionMode;
    }

    /** What an empty down script means: a deliberate no-op (default) or an error. */
    public EmptyDown emptyDown() {
        return emptyDown;
    }

    /** The runner's lock_timeout (e.g. {@code 5s}), or null when none is configured. */
    public String lockTimeout() {
        return lockTimeout;
    }

    /** The runner's statement_timeout, or null. */
    public String statementTimeout() {
        return statementTimeout;
    }

    /** The database URL ({@code jdbc:postgresql://...} or {@code postgres://user:pass@host:port/db}), or null. */
    public String dbUrl() {
        return dbUrl;
    }

    /** The database user, or null. */
    public String dbUser() {
        return dbUser;
    }

    /** The database password, or null; never printed. */
    public String dbPassword() {
        return dbPassword;
    }

    /** Credentials of a {@code settings.xml} server, or null. */
    public ServerCredentials dbServer() {
        return dbServer;
    }

    /** The schema of the history table; null = the current schema. */
    public String historySchema() {
        return historySchema;
    }

    /** The history table name. */
    public String historyTable() {
        return historyTable;
    }

    /** How long the runner waits for another runner's advisory lock, in seconds. */
    public int lockWaitSeconds() {
        return lockWaitSeconds;
    }

    /** How long to wait for the database to answer when connecting, in seconds. */
    public int connectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    /** Allow a migration mixing transactional and non-transactional statements (all run in autocommit). */
    public boolean allowMixed() {
        return allowMixed;
    }

    /** Apply pending migrations whose version is below the highest applied one. */
    public boolean outOfOrder() {
        return outOfOrder;
    }

    /**
     * {@code db.fastCommit}: commit each transactional migration without waiting for the server's WAL flush, and
     * flush once at the end of the run. Off by default: a migration is then reported applied only once its commit is
     * durable.
     */
    public boolean fastCommit() {
        return fastCommit;
    }

    /** Allow destructive down migrations on a database that is not on localhost. */
    public boolean allowDataLoss() {
        return allowDataLoss;
    }

    /** Run pg_dump before migrating or rolling back. */
    public boolean backup() {
        return backup;
    }

    /**
     * The Git ref the migrations are compared with for the checks that need history (a merged migration edited or
     * deleted, a version below the base's), e.g. {@code origin/main}; null when none is configured.
     */
    public String base() {
        return base;
    }

    /** The history horizon and the findings baseline (see {@link AdoptionSettings}). */
    public AdoptionSettings adoption() {
        return adoption;
    }

    /** How drift compares a database with its migrations (see {@link DriftSettings}). */
    public DriftSettings drift() {
        return drift;
    }

    @Override
    public String toString() {
        return "MigrationGuardConfig{projectDir=" + projectDir + ", locations=" + locations + ", namingScheme="
                + namingScheme + ", requireDown=" + requireDown + ", pgVersion=" + pgVersion + ", placeholders="
                + placeholders.keySet() + ", rules=" + rules + ", lintDown=" + lintDown + ", parseCheck=" + parseCheck
                + ", failOn=" + failOn
                + ", format=" + format + ", docsBaseUrl=" + docsBaseUrl + ", transactionMode=" + transactionMode
                + ", emptyDown=" + emptyDown
                + ", dbUrl="
                + (dbUrl == null ? null : dev.migrationguard.db.Secrets.maskUrl(dbUrl)) + ", dbUser=" + dbUser
                + ", dbPassword=" + (dbPassword == null ? null : "****") + ", historyTable=" + historyTable + ", base="
                + base + ", adoption=" + adoption + "}";
    }

    /** Mutable builder; every setter returns the builder. */
    public static final class Builder {
        private Path projectDir;
        private List<String> locations = List.of(DEFAULT_LOCATION);
        private NamingScheme namingScheme;
        private DownPolicy requireDown = DownPolicy.AUTO;
        private int pgVersion = DEFAULT_PG_VERSION;
        private Map<String, String> placeholders = new LinkedHashMap<>();
        private boolean placeholderReplacement = true;
        private Map<String, RuleSetting> rules = new LinkedHashMap<>();
        private boolean lintDown;
        private boolean parseCheck;
        private FailOn failOn = FailOn.ERROR;
        private String format = "text";
        private String docsBaseUrl;
        private TransactionMode transactionMode = TransactionMode.PER_MIGRATION;
        private EmptyDown emptyDown = EmptyDown.NOOP;
        private String lockTimeout;
        private String statementTimeout;
        private String dbUrl;
        private String dbUser;
        private String dbPassword;
        private ServerCredentials dbServer;
        private String historySchema;
        private String historyTable = DEFAULT_HISTORY_TABLE;
        private int lockWaitSeconds = DEFAULT_LOCK_WAIT_SECONDS;
        private int connectTimeoutSeconds = DEFAULT_CONNECT_TIMEOUT_SECONDS;
        private boolean allowMixed = false;
        private boolean outOfOrder = false;
        private boolean fastCommit = false;
        private boolean allowDataLoss = false;
        private boolean backup = false;
        private String base;
        private AdoptionSettings adoption;
        private DriftSettings drift = DriftSettings.defaults();

        private Builder(Path projectDir) {
            this.projectDir = Objects.requireNonNull(projectDir, "projectDir").toAbsolutePath().normalize();
        }

        private Builder(MigrationGuardConfig c) {
            this.projectDir = c.projectDir;
            this.locations = c.locations;
            this.namingScheme = c.namingScheme;
            this.requireDown = c.requireDown;
            this.pgVersion = c.pgVersion;
            this.placeholders = new LinkedHashMap<>(c.placeholders);
            this.placeholderReplacement = c.placeholderReplacement;
            this.rules = new LinkedHashMap<>(c.rules);
            this.lintDown = c.lintDown;
            this.parseCheck = c.parseCheck;
            this.failOn = c.failOn;
            this.format = c.format;
            this.docsBaseUrl = c.docsBaseUrl;
            this.transactionMode = c.transactionMode;
            this.emptyDown = c.emptyDown;
            this.lockTimeout = c.lockTimeout;
            this.statementTimeout = c.statementTimeout;
            this.dbUrl = c.dbUrl;
            this.dbUser = c.dbUser;
            this.dbPassword = c.dbPassword;
            this.dbServer = c.dbServer;
            this.historySchema = c.historySchema;
            this.historyTable = c.historyTable;
            this.lockWaitSeconds = c.lockWaitSeconds;
            this.connectTimeoutSeconds = c.connectTimeoutSeconds;
            this.allowMixed = c.allowMixed;
            this.outOfOrder = c.outOfOrder;
            this.fastCommit = c.fastCommit;
            this.allowDataLoss = c.allowDataLoss;
            this.backup = c.backup;
            this.base = c.base;
            this.adoption = c.adoption;
            this.drift = c.drift;
        }

        public Builder projectDir(Path dir) {
            this.projectDir = dir.toAbsolutePath().normalize();
            return this;
        }

        public Builder locations(List<String> locations) {
            this.locations = List.copyOf(locations);
            return this;
        }

        public Builder namingScheme(NamingScheme scheme) {
            this.namingScheme = scheme;
            return this;
        }

        public Builder requireDown(DownPolicy policy) {
            this.requireDown = Objects.requireNonNull(policy);
            return this;
        }

        public Builder pgVersion(int version) {
            this.pgVersion = version;
            return this;
        }

        public Builder placeholders(Map<String, String> values) {
            this.placeholders = new LinkedHashMap<>(values);
            return this;
        }

        public Builder placeholder(String name, String value) {
            this.placeholders.put(name, value);
            return this;
        }

        public Builder placeholderReplacement(boolean on) {
            this.placeholderReplacement = on;
            return this;
        }

        public Builder rule(String id, RuleSetting setting) {
            this.rules.put(id, setting);
            return this;
        }

        public Builder parseCheck(boolean on) {
            this.parseCheck = on;
            return this;
        }

        public Builder lintDown(boolean on) {
            this.lintDown = on;
            return this;
        }

        public Builder failOn(FailOn failOn) {
            this.failOn = Objects.requireNonNull(failOn);
            return this;
        }

        public Builder format(String format) {
            this.format = Objects.requireNonNull(format);
            return this;
        }

        /** Sets the rule pages' base URL; a missing trailing {@code /} is added. */
        public Builder docsBaseUrl(String url) {
            String u = Objects.requireNonNull(url, "docsBaseUrl");
            this.docsBaseUrl = u.endsWith("/") ? u : u + "/";
            return this;
        }

        public Builder emptyDown(EmptyDown value) {
            this.emptyDown = Objects.requireNonNull(value, "emptyDown");
            return this;
        }

        public Builder transactionMode(TransactionMode mode) {
            this.transactionMode = Objects.requireNonNull(mode);
            return this;
        }

        public Builder lockTimeout(String timeout) {
            this.lockTimeout = timeout;
            return this;
        }

        public Builder statementTimeout(String timeout) {
            this.statementTimeout = timeout;
            return this;
        }

        public Builder dbUrl(String value) {
            this.dbUrl = value;
            return this;
        }

        public Builder dbUser(String value) {
            this.dbUser = value;
            return this;
        }

        public Builder dbPassword(String value) {
            this.dbPassword = value;
            return this;
        }

        public Builder dbServer(ServerCredentials value) {
            this.dbServer = value;
            return this;
        }

        public Builder historySchema(String value) {
            this.historySchema = value;
            return this;
        }

        public Builder lockWaitSeconds(int value) {
            this.lockWaitSeconds = value;
            return this;
        }

        public Builder connectTimeoutSeconds(int value) {
            this.connectTimeoutSeconds = value;
            return this;
        }

        public Builder allowMixed(boolean value) {
            this.allowMixed = value;
            return this;
        }

        public Builder outOfOrder(boolean value) {
            this.outOfOrder = value;
            return this;
        }

        public Builder fastCommit(boolean value) {
            this.fastCommit = value;
            return this;
        }

        public Builder allowDataLoss(boolean value) {
            this.allowDataLoss = value;
            return this;
        }

        public Builder backup(boolean value) {
            this.backup = value;
            return this;
        }

        /** The Git ref to compare with; null or blank for none. */
        public Builder base(String ref) {
            this.base = ref == null || ref.isBlank() ? null : ref.strip();
            return this;
        }

        /** Migrations at or below this version are history (never reported); null for none. */
        public Builder since(String version) {
            this.adoption = adoption().withSince(version);
            return this;
        }

        /** Where the findings baseline is read from and written to. */
        public Builder baselineFile(Path file) {
            this.adoption = adoption().withBaselineFile(projectDir.resolve(file).normalize());
            return this;
        }

        /** Write this run's findings to the baseline instead of failing on them. */
        public Builder updateBaseline(boolean on) {
            this.adoption = adoption().withUpdateBaseline(on);
            return this;
        }

        /** Object patterns drift leaves out, e.g. {@code index:*_tmp}. */
        public Builder driftIgnore(java.util.List<String> patterns) {
            this.drift = new DriftSettings(patterns);
            return this;
        }

        private AdoptionSettings adoption() {
            return adoption != null ? adoption : AdoptionSettings.defaults(projectDir);
        }

        public Builder historyTable(String value) {
            this.historyTable = Objects.requireNonNull(value, "historyTable");
            return this;
        }

        public MigrationGuardConfig build() {
            return new MigrationGuardConfig(this);
        }
    }
}
