package dev.migrationguard.db;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.naming.MigrationVersion;
import dev.migrationguard.sql.ScriptParser;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code db:baseline}, three ways: import an existing Flyway history ({@code db.importFrom=flyway}, each file checked
 * against Flyway's checksum); mark an existing unmanaged database as at {@code db.baselineVersion}; or, on an empty
 * database, run the newest baseline script ({@code B<version>__}) and record every version up to it as applied.
 */
final class Baseline {

    /** Flyway's history table name. */
    static final String FLYWAY_TABLE = "flyway_schema_history";

    private final MigrationGuardConfig config;
    private final Session session;
    private final RunListener listener;
    private final ScriptParser parser;

    Baseline(MigrationGuardConfig config, Session session, RunListener listener, ScriptParser parser) {
        this.config = config;
        this.session = session;
        this.listener = listener;
        this.parser = parser;
    }

    RunResult baseline(MigrationCatalog catalog, RunOptions options) throws SQLException {
        Connection c = session.connection();
        HistoryTable history = session.history();
        if (!history.read(c).isEmpty()) {
            return RunResult.refused("nothing was baselined", List.of(history.displayName()
                    + " already has rows: baseline only a database this tool has not managed yet"));
        }
        if (options.importFrom() != null) {
            if (!options.importFrom().equalsIgnoreCase("flyway")) {
                return RunResult.refused("nothing was baselined", List.of("db.importFrom='" + options.importFrom()
                        + "' is not supported; use db.importFrom=flyway"));
            }
            return importFlyway(catalog);
        }
        if (options.baselineVersion() != null) {
            MigrationVersion v = MigrationVersion.parse(options.baselineVersion());
            if (v == null) {
                return RunResult.refused("nothing was baselined", List.of("db.baselineVersion='"
                        + options.baselineVersion() + "' is not a version; use digits and dots, e.g. 3 or 2.1"));
            }
            return mark(catalog, v, null);
        }
        List<Migration> baselines = catalog.baselines();
        if (baselines.isEmpty()) {
            return RunResult.refused("nothing was baselined", List.of("no baseline script (B<version>__<name>.sql) in "
                    + config.locations() + "; add one, or mark an existing database with -Ddb.baselineVersion=<v>"));
        }
        Migration b = baselines.get(baselines.size() - 1);
        List<String> tables = userTables(c);
        if (!tables.isEmpty()) {
            return RunResult.refused("nothing was baselined", List.of("the database is not empty (" + String.join(", ",
                    tables.subList(0, Math.min(5, tables.size()))) + "); run the baseline script only on an empty "
                    + "database, or mark this one with -Ddb.baselineVersion=<v>"));
        }
        PreparedScript ps = new ScriptPreparer(config, parser, session.serverMajor()).prepare(b, b.up());
        if (!ps.ok()) {
            return RunResult.refused("nothing was baselined", ps.problems());
        }
        ScriptApplier.Outcome outcome = new ScriptApplier(config, session).apply(ps, new HistoryWrite() {
            @Override
            public void write(Connection connection, int ms, boolean success) throws SQLException {
                history.insert(connection, b.version().toString(), b.description(), HistoryTable.TYPE_SQL_BASELINE,
                        ps.path(), ps.checksum(), ms, success);
            }

            @Override
            public String sql() {
                return history.insertLiteral(b.version().toString(), b.description(), HistoryTable.TYPE_SQL_BASELINE,
                        ps.path(), ps.checksum());
            }
        }, true);
        if (outcome.failure() != null) {
            return new RunResult(false, "the baseline script failed", List.of(outcome.failure().message()),
                    List.of(), "");
        }
        listener.line(String.format("ran baseline %s %s (%d ms)", b.version(), b.description(), outcome.millis()));
        return mark(catalog, b.version(), b.version());
    }

    /** Records every versioned migration up to {@code v} as applied by a baseline. */
    private RunResult mark(MigrationCatalog catalog, MigrationVersion v, MigrationVersion alreadyRecorded)
            throws SQLException {
        Connection c = session.connection();
        HistoryTable history = session.history();
        List<StepResult> steps = new ArrayList<>();
        c.setAutoCommit(false);
        try {
            boolean hasV = alreadyRecorded != null;
            for (Migration m : catalog.versioned()) {
                if (m.version().compareTo(v) > 0) {
                    continue;
                }
                hasV |= m.version().equals(v);
                history.insert(c, m.version().toString(), m.description(), HistoryTable.TYPE_BASELINE,
                        m.up().displayPath(), ScriptPreparer.checksum(m.up()), 0, true);
                steps.add(new StepResult(m.version().toString(), m.description(), m.up().displayPath(), "baselined",
                        0, true));
            }
            if (!hasV) {
                history.insert(c, v.toString(), "<< baseline >>", HistoryTable.TYPE_BASELINE, "<< baseline >>", null,
                        0, true);
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        String summary = "baselined at version " + v + " (" + steps.size() + " migration(s) marked applied)";
        listener.line(summary);
        return new RunResult(true, summary, List.of(), List.copyOf(steps), "");
    }

    private RunResult importFlyway(MigrationCatalog catalog) throws SQLException {
        Connection c = session.connection();
        HistoryTable flyway = new HistoryTable(session.history().schema(), FLYWAY_TABLE);
        if (!flyway.exists(c)) {
            return RunResult.refused("nothing was imported", List.of("no " + flyway.displayName()
                    + " table in this database; check db.url and the schema"));
        }
        Map<MigrationVersion, Migration> byVersion = new HashMap<>();
        for (Migration m : catalog.versioned()) {
            byVersion.put(m.version(), m);
        }
        for (Migration m : catalog.baselines()) {
            byVersion.putIfAbsent(m.version(), m);
        }
        Map<String, Migration> repeatables = new HashMap<>();
        for (Migration m : catalog.repeatables()) {
            repeatables.put(m.description(), m);
        }
        List<AppliedMigration> rows = new ArrayList<>();
        MigrationVersion baseline = null;
        List<String> problems = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, description, type, script, checksum, installed_by, "
                     + "installed_on, execution_time, success FROM " + flyway.qualifiedName()
                     + " ORDER BY installed_rank")) {
            while (rs.next()) {
                String version = rs.getString(1);
                String type = rs.getString(3);
                int cs = rs.getInt(5);
                Integer checksum = rs.wasNull() ? null : cs;
                if (!rs.getBoolean(9)) {
                    problems.add(rs.getString(4) + ": Flyway recorded migration " + version + " as failed; run "
                            + "flyway repair first");
                    continue;
                }
                if (type.equals("SCHEMA") || type.equals("DELETE") || type.startsWith("UNDO")) {
                    continue;
                }
                Timestamp on = rs.getTimestamp(7);
                if (version == null) {
                    // a repeatable migration: kept with Flyway's checksum, so it runs again only once its file changes
                    Migration r = repeatables.get(rs.getString(2));
                    rows.add(new AppliedMigration(0, null, rs.getString(2), HistoryTable.TYPE_SQL,
                            r == null ? rs.getString(4) : r.up().displayPath(), checksum, rs.getString(6),
                            on == null ? null : on.toLocalDateTime(), rs.getInt(8), true));
                    continue;
                }
                AppliedMigration row = new AppliedMigration(0, version, rs.getString(2),
                        type.equals("BASELINE") ? HistoryTable.TYPE_BASELINE : HistoryTable.TYPE_SQL,
                        rs.getString(4), checksum, rs.getString(6), on == null ? null : on.toLocalDateTime(),
                        rs.getInt(8), true);
                if (type.equals("BASELINE")) {
                    MigrationVersion v = MigrationVersion.parse(version);
                    if (v != null && (baseline == null || v.compareTo(baseline) > 0)) {
                        baseline = v;
                    }
                }
                Migration m = byVersion.get(MigrationVersion.parse(version));
                if (m != null) {
                    Integer ours = ScriptPreparer.checksum(m.up());
                    if (checksum != null && !checksum.equals(ours) && !type.equals("BASELINE")) {
                        problems.add(m.up().displayPath() + ": Flyway applied version " + version
                                + " with checksum " + checksum + " but the file now has " + ours
                                + "; restore the applied file before switching");
                    }
                    row = new AppliedMigration(0, version, row.description(), row.type(), m.up().displayPath(),
                            row.checksum(), row.installedBy(), row.installedOn(), row.executionTimeMs(), true);
                } else if (!type.equals("BASELINE")) {
                    problems.add(row.script() + ": Flyway applied version " + version + " but no file has that "
                            + "version in " + config.locations() + "; restore the file before switching");
                }
                rows.add(row);
            }
        }
        if (!problems.isEmpty()) {
            return RunResult.refused("nothing was imported", problems);
        }
        c.setAutoCommit(false);
        try {
            for (AppliedMigration r : rows) {
                session.history().insertImported(c, r);
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        long repeatableRows = rows.stream().filter(r -> r.version() == null).count();
        String summary = "imported " + (rows.size() - repeatableRows) + " applied version(s) and " + repeatableRows
                + " repeatable row(s) from " + flyway.displayName();
        listener.line(summary);
        if (baseline != null) {
            MigrationVersion b = baseline;
            long below = catalog.versioned().stream().filter(m -> m.version().compareTo(b) < 0).count();
            listener.line("Flyway's baseline is version " + baseline + ": the " + below + " migration(s) below it "
                    + "are below baseline, never pending and never run on this database");
        }
        return new RunResult(true, summary, List.of(), List.of(), "");
    }

    private List<String> userTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                     + "c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm') "
                     + "ORDER BY 1")) {
            while (rs.next()) {
                if (!rs.getString(1).equals(session.history().table())) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }
}
