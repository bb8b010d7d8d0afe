package dev.migrationguard.db;

import dev.migrationguard.config.MigrationGuardConfig;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

/**
 * The runtime API for applications: fail fast at startup when the database lacks migrations the code needs. Reads
 * the history table only; applies nothing. See {@code docs/guides/startup-check.md}.
 *
 * <pre>{@code
 * MigrationGuard.requireUpToDate(dataSource);                       // every migration under classpath:db/migration
 * MigrationGuard.require(dataSource, "001_initial_schema", "005_steps_run_idx_constraints");
 * MigrationGuard.requireFromEnvironment(dataSource);                // MIGRATION_GUARD_REQUIRED, else the class path
 * }</pre>
 *
 * {@link StartupCheck} names another history table or class loader.
 */
public final class MigrationGuard {

    private MigrationGuard() {
    }

    /**
     * Thrown at startup when required migrations are not applied (missing, failed part way, changed since applied,
     * or applied under the version as another migration), or when the history table does not exist; its message
     * lists each one.
     */
    public static final class MigrationsMissingException extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final List<String> versions;
        private final List<String> problems;
        private final boolean schemaNotInitialised;

        MigrationsMissingException(String message, List<String> versions, List<String> problems,
                                   boolean schemaNotInitialised) {
            super(message);
            this.versions = List.copyOf(versions);
            this.problems = List.copyOf(problems);
            this.schemaNotInitialised = schemaNotInitialised;
        }

        /**
         * The migrations that are not applied as required: versions ({@code 2}), or for an explicit list the entries
         * as written ({@code 005_steps_run_idx_constraints}), or a repeatable migration's description.
         */
        public List<String> versions() {
            return versions;
        }

        /** One line per problem, as in the message ({@code missing: 2 add email (db/migration/V2__add_email.sql)}). */
        public List<String> problems() {
            return problems;
        }

        /** True when the history table does not exist: nothing was ever migrated into this schema. */
        public boolean schemaNotInitialised() {
            return schemaNotInitialised;
        }
    }

    /** Requires every migration under {@code classpath:db/migration} (a directory or inside the application's jar). */
    public static void requireUpToDate(DataSource dataSource) {
        StartupCheck.on(dataSource).requireUpToDate();
    }

    /**
     * Requires every migration under {@code location}: {@code classpath:db/migration} or
     * {@code filesystem:/srv/app/migrations}.
     */
    public static void requireUpToDate(DataSource dataSource, String location) {
        StartupCheck.on(dataSource).requireUpToDate(location);
    }

    /** Requires every migration in the directory {@code location}. */
    public static void requireUpToDate(DataSource dataSource, Path location) {
        Path dir = location.toAbsolutePath().normalize();
        requireUpToDate(dataSource, MigrationGuardConfig.builder(dir).locations(List.of(".")).build());
    }

    /**
     * Checks the history table named by {@code config} against its locations (directories, as the runner reads them).
     *
     * @throws MigrationsMissingException listing the migrations not applied as required
     * @throws DatabaseException          when the history cannot be read
     */
    public static void requireUpToDate(DataSource dataSource, MigrationGuardConfig config) {
        StartupCheck.on(dataSource).historyTable(config.historySchema(), config.historyTable())
                .requireUpToDate(MigrationCatalog.load(config), String.join(", ", config.locations()));
    }

    /**
     * Requires the named migrations: file names without {@code .sql} ({@code 005_steps_run_idx_constraints},
     * {@code V5__steps_run_idx_constraints}) or versions ({@code 5}).
     *
     * @throws IllegalArgumentException   when an entry is neither a migration name nor a version
     * @throws MigrationsMissingException listing the ones not applied
     */
    public static void require(DataSource dataSource, String... migrations) {
        StartupCheck.on(dataSource).require(List.of(migrations));
    }

    /**
     * Requires the migrations listed in the environment variable {@code MIGRATION_GUARD_REQUIRED} (separated by
     * commas or spaces) when it is set; else every migration under {@code classpath:db/migration}.
     */
    public static void requireFromEnvironment(DataSource dataSource) {
        StartupCheck.on(dataSource).requireFromEnvironment();
    }
}
