package dev.migrationguard.db;

import dev.migrationguard.config.MigrationGuardConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The runtime API for applications: fail fast at startup when the database lacks migrations the code needs.
 *
 * <pre>{@code
 * MigrationGuard.requireUpToDate(dataSource, Path.of("db/migration"));
 * }</pre>
 */
public final class MigrationGuard {

    private MigrationGuard() {
    }

    /** Thrown at startup when required migrations are not applied; lists them. */
    public static final class MigrationsMissingException extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final List<String> versions;

        MigrationsMissingException(String message, List<String> versions) {
            super(message);
            this.versions = List.copyOf(versions);
        }

        /** The versions that are not applied (pending or failed). */
        public List<String> versions() {
            return versions;
        }
    }

    /** Checks the default history table in the current schema against the migrations under {@code location}. */
    public static void requireUpToDate(DataSource dataSource, Path location) {
        Path dir = location.toAbsolutePath().normalize();
        requireUpToDate(dataSource, MigrationGuardConfig.builder(dir).locations(List.of(".")).build());
    }

    /**
     * Checks the history table named by {@code config} against its locations.
     *
     * @throws MigrationsMissingException listing the versions not applied (pending or failed)
     * @throws DatabaseException          when the history cannot be read
     */
    public static void requireUpToDate(DataSource dataSource, MigrationGuardConfig config) {
        MigrationCatalog catalog = MigrationCatalog.load(config);
        HistoryTable table = new HistoryTable(config.historySchema(), config.historyTable());
        List<AppliedMigration> rows;
        try (Connection c = dataSource.getConnection()) {
            if (config.historySchema() != null) {
                try (Statement st = c.createStatement()) {
                    st.execute("SET search_path TO " + HistoryTable.quote(config.historySchema()));
                }
            }
            rows = table.read(c);
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the migration history " + table.displayName() + ": "
                    + Secrets.maskUrl(e.getMessage()), e);
        }
        List<String> missing = new ArrayList<>();
        for (StatusEntry e : HistoryComparison.of(catalog, rows).entries()) {
            if (!e.version().isEmpty() && (e.state() == MigrationState.PENDING
                    || e.state() == MigrationState.OUT_OF_ORDER || e.state() == MigrationState.FAILED
                    || e.state() == MigrationState.DIRTY)) {
                missing.add(e.version());
            }
        }
        if (!missing.isEmpty()) {
            throw new MigrationsMissingException("the database lacks " + missing.size() + " migration(s) this "
                    + "application needs: " + String.join(", ", missing) + " (history " + table.displayName()
                    + "); run db:migrate before starting it", missing);
        }
    }
}
