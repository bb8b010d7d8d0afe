package dev.migrationguard.db;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.ClasspathSources;
import dev.migrationguard.naming.FileSystemSources;
import dev.migrationguard.naming.MigrationKind;
import dev.migrationguard.naming.MigrationVersion;
import dev.migrationguard.naming.NamingScheme;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The startup check of an application: does the database hold the migrations this build of the application needs?
 * Reads the history table only (no lock, no write). Either every migration under a location (the class path's
 * {@code db/migration} by default, in a directory or inside a jar) must be applied with the checksum its file has now,
 * or an explicit list of required migrations must be applied. {@link MigrationGuard} has the short forms.
 *
 * <pre>{@code
 * StartupCheck.on(dataSource).historyTable("app", "migration_guard_history").requireUpToDate();
 * StartupCheck.on(dataSource).require(List.of("001_initial_schema", "005_steps_run_idx_constraints"));
 * }</pre>
 *
 * <p>Instances are immutable; each setter returns a copy.
 */
public final class StartupCheck {

    /** The environment variable {@link #requireFromEnvironment()} reads. */
    public static final String REQUIRED_ENV = "MIGRATION_GUARD_REQUIRED";
    /** Where migrations are read from unless told otherwise: Flyway's and the Maven plugin's default, packaged. */
    public static final String DEFAULT_LOCATION = "classpath:db/migration";

    private final DataSource dataSource;
    private final HistoryTable history;
    private final ClassLoader classLoader;
    private final NamingScheme namingScheme;

    private StartupCheck(DataSource dataSource, HistoryTable history, ClassLoader classLoader,
                         NamingScheme namingScheme) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.history = history;
        this.classLoader = classLoader;
        this.namingScheme = namingScheme;
    }

    /** A check of {@code dataSource}'s default history table ({@code migration_guard_history}, current schema). */
    public static StartupCheck on(DataSource dataSource) {
        return new StartupCheck(dataSource, new HistoryTable(null, MigrationGuardConfig.DEFAULT_HISTORY_TABLE), null,
                null);
    }

    /** The history table to read; {@code schema} null for the connection's current schema. */
    public StartupCheck historyTable(String schema, String table) {
        return new StartupCheck(dataSource, new HistoryTable(schema, Objects.requireNonNull(table, "table")),
                classLoader, namingScheme);
    }

    /** The class loader {@code classpath:} locations are read with; by default the thread's context class loader. */
    public StartupCheck classLoader(ClassLoader loader) {
        return new StartupCheck(dataSource, history, loader, namingScheme);
    }

    /** The naming scheme of the migrations; by default detected, as the runner does. */
    public StartupCheck namingScheme(NamingScheme scheme) {
        return new StartupCheck(dataSource, history, classLoader, scheme);
    }

    /** Requires every migration under {@code classpath:db/migration}. */
    public void requireUpToDate() {
        requireUpToDate(DEFAULT_LOCATION);
    }

    /**
     * Requires every migration under {@code location}: {@code classpath:db/migration} (also written without the
     * prefix, as Flyway reads it), or {@code filesystem:/srv/app/migrations} for a directory.
     *
     * @throws MigrationGuard.MigrationsMissingException when migrations are missing, failed part way, or changed
     *                                                   since they were applied, or the history table is absent
     * @throws IllegalStateException                     when the location holds no migration or bad names
     * @throws DatabaseException                         when the history cannot be read
     */
    public void requireUpToDate(String location) {
        String spec = location.strip();
        FileSystemSources.ListResult listing;
        String shown;
        if (spec.startsWith("filesystem:")) {
            listing = FileSystemSources.list(Path.of("").toAbsolutePath(), List.of(spec));
            shown = spec;
        } else {
            ClassLoader loader = loader();
            listing = ClasspathSources.list(loader, spec);
            shown = ClasspathSources.PREFIX + ClasspathSources.resourcePath(spec);
        }
        MigrationGuardConfig config = MigrationGuardConfig.builder(Path.of("").toAbsolutePath())
                .namingScheme(namingScheme).build();
        List<String> errors = new ArrayList<>(listing.errors());
        requireUpToDate(MigrationCatalog.of(listing.files(), config, errors), shown);
    }

    /** Requires every migration of {@code catalog}, read from {@code location} (named in messages). */
    void requireUpToDate(MigrationCatalog catalog, String location) {
        if (!catalog.blockingProblems().isEmpty()) {
            throw new IllegalStateException("cannot check the migrations under " + location + ":\n  "
                    + String.join("\n  ", catalog.blockingProblems()));
        }
        if (catalog.versioned().isEmpty() && catalog.repeatables().isEmpty()) {
            throw new IllegalStateException("no migrations found under " + location + "; check the location "
                    + (location.startsWith(ClasspathSources.PREFIX) ? "and that the application's jar holds its "
                    + "directory (" + location.substring(ClasspathSources.PREFIX.length()) + "/)" : "")
                    + ", or name the required migrations with MigrationGuard.require");
        }
        HistoryState state = readHistory();
        List<String> versions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!state.exists()) {
            for (var m : catalog.versioned()) {
                versions.add(m.version().toString());
            }
            throw notInitialised(state, versions);
        }
        for (StatusEntry e : HistoryComparison.of(catalog, state.rows()).entries()) {
            String name = e.migration() == null ? e.script() : label(e) + " (" + e.script() + ")";
            switch (e.state()) {
                case PENDING, OUT_OF_ORDER -> {
                    if (e.migration() != null && e.migration().kind() == MigrationKind.REPEATABLE) {
                        problems.add((e.row() == null ? "not applied: " : "changed since applied, not re-run: ")
                                + name);
                    } else {
                        problems.add("missing: " + name);
                    }
                }
                case FAILED, DIRTY -> problems.add(failed(name, e.row()));
                case CHANGED -> problems.add("changed since applied: " + name + " was applied with checksum "
                        + e.row().checksum() + ", the application's file has checksum "
                        + catalog.checksum(e.migration().up()));
                default -> {
                    continue;
                }
            }
            versions.add(e.version().isEmpty() ? e.description() : e.version());
        }
        failIfAny(state, versions, problems);
    }

    /**
     * Requires the migrations named in {@code entries} ({@code 005_steps_run_idx_constraints}, {@code V5__steps},
     * or a bare version {@code 5}). A name's description must match the history row's: another migration applied
     * under the same version is reported. A version at or below a baseline marker counts as applied.
     *
     * @throws IllegalArgumentException                  when an entry is neither a migration name nor a version
     * @throws MigrationGuard.MigrationsMissingException when one is missing or failed, or the history table is absent
     * @throws DatabaseException                         when the history cannot be read
     */
    public void require(List<String> entries) {
        List<RequiredMigration> required = RequiredMigration.parseAll(entries);
        HistoryState state = readHistory();
        List<String> versions = new ArrayList<>();
        if (!state.exists()) {
            for (RequiredMigration r : required) {
                versions.add(r.text());
            }
            throw notInitialised(state, versions);
        }
        MigrationVersion baselined = null;
        for (AppliedMigration row : state.rows()) {
            MigrationVersion v = row.parsedVersion();
            if (row.isBaselineMarker() && row.success() && v != null
                    && (baselined == null || v.compareTo(baselined) > 0)) {
                baselined = v;
            }
        }
        List<String> problems = new ArrayList<>();
        for (RequiredMigration r : required) {
            AppliedMigration row = rowOf(state.rows(), r.version());
            String problem;
            if (row == null) {
                problem = baselined != null && r.version().compareTo(baselined) <= 0 ? null
                        : "missing: " + r.text() + " (version " + r.version() + " is not in the history)";
            } else if (!row.success()) {
                problem = failed(r.text(), row);
            } else if (!row.isBaselineMarker() && !r.matchesDescription(row.description())) {
                problem = "another migration: " + r.text() + " is required, but version " + r.version()
                        + " was applied as \"" + row.description() + "\" (" + row.script() + ")";
            } else {
                problem = null;
            }
            if (problem != null) {
                problems.add(problem);
                versions.add(r.text());
            }
        }
        failIfAny(state, versions, problems);
    }

    /**
     * Requires the migrations listed in {@value #REQUIRED_ENV} (separated by commas or spaces) when it is set and not
     * blank; else every migration under {@code classpath:db/migration}.
     */
    public void requireFromEnvironment() {
        requireFromEnvironment(System::getenv);
    }

    void requireFromEnvironment(Function<String, String> environment) {
        String list = environment.apply(REQUIRED_ENV);
        if (list == null || list.isBlank()) {
            requireUpToDate();
            return;
        }
        try {
            require(RequiredMigration.parseList(list).stream().map(RequiredMigration::text).toList());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(REQUIRED_ENV + ": " + e.getMessage(), e);
        }
    }

    private ClassLoader loader() {
        if (classLoader != null) {
            return classLoader;
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : StartupCheck.class.getClassLoader();
    }

    /** The history as read, and where: the database and schema for messages. */
    private record HistoryState(boolean exists, List<AppliedMigration> rows, String database, String schema) {
    }

    private HistoryState readHistory() {
        try (Connection c = dataSource.getConnection()) {
            String database;
            String schema;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT current_database(), current_schema()")) {
                rs.next();
                database = rs.getString(1);
                schema = history.schema() != null ? history.schema() : rs.getString(2);
            }
            boolean exists = history.exists(c);
            return new HistoryState(exists, exists ? history.read(c) : List.of(), database, schema);
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the migration history " + history.displayName() + ": "
                    + Secrets.maskUrl(e.getMessage()), e);
        }
    }

    /** The row that decides a version: a successful one when there is one (a failed attempt may precede it). */
    private static AppliedMigration rowOf(List<AppliedMigration> rows, MigrationVersion version) {
        AppliedMigration found = null;
        for (AppliedMigration row : rows) {
            if (version.equals(row.parsedVersion()) && (found == null || !found.success() || row.success())) {
                found = row;
            }
        }
        return found;
    }

    private static String label(StatusEntry e) {
        return (e.version().isEmpty() ? "repeatable" : e.version()) + " " + e.description();
    }

    private static String failed(String name, AppliedMigration row) {
        return (row.started() ? "started and never finished (dirty): " : "failed part way (dirty): ") + name + " on "
                + row.installedOn() + "; undo what it did by hand, then run db:repair and db:migrate";
    }

    private String where(HistoryState state) {
        return "history table " + history.table() + " in database " + state.database() + ", schema "
                + (state.schema() == null ? "(none)" : state.schema());
    }

    private MigrationGuard.MigrationsMissingException notInitialised(HistoryState state, List<String> versions) {
        return new MigrationGuard.MigrationsMissingException("schema not initialised: no " + where(state)
                + "; this application needs " + versions.size() + " migration(s) (" + String.join(", ", versions)
                + "); run db:migrate against this database before starting the application", versions,
                List.of("schema not initialised"), true);
    }

    private void failIfAny(HistoryState state, List<String> versions, List<String> problems) {
        if (problems.isEmpty()) {
            return;
        }
        throw new MigrationGuard.MigrationsMissingException("the database lacks " + problems.size()
                + " migration(s) this application needs (" + where(state) + "):\n  " + String.join("\n  ", problems)
                + "\nrun db:migrate against this database (after fixing any failed or changed migration) before "
                + "starting the application", versions, problems, false);
    }
}
