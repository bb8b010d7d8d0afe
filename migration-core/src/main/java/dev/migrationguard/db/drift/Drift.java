package dev.migrationguard.db.drift;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.AppliedMigration;
import dev.migrationguard.db.ConnectionResolver;
import dev.migrationguard.db.ConnectionSettings;
import dev.migrationguard.db.DatabaseException;
import dev.migrationguard.db.HistoryTable;
import dev.migrationguard.db.MigrationCatalog;
import dev.migrationguard.db.PreparedScript;
import dev.migrationguard.db.ScriptPreparer;
import dev.migrationguard.db.Secrets;
import dev.migrationguard.db.Session;
import dev.migrationguard.db.StatementFailure;
import dev.migrationguard.db.StatementRunner;
import dev.migrationguard.db.roundtrip.SchemaSnapshot;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.naming.MigrationVersion;
import dev.migrationguard.sql.Classifier;
import dev.migrationguard.sql.ClassifierOptions;
import dev.migrationguard.sql.ScriptParser;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Is the database what its migrations say it is? Reads the database's history, replays the scripts it says are
 * applied (in the order they were applied, from the files as they are now) in a throw-away database, snapshots the
 * schemas the replay built in both databases and reports every object missing, extra or different. The history table
 * is left out; so are extensions' own objects (the snapshot represents an extension by itself) and the objects
 * {@code drift.ignore} names.
 */
public final class Drift {

    private final MigrationGuardConfig config;
    private final Consumer<String> progress;
    private final Map<String, String> env;
    private final ScriptParser parser = new ScriptParser(new Classifier(ClassifierOptions.tokensOnly()));

    /**
     * @param progress receives notes and progress lines
     * @param env      the environment variables (DATABASE_URL)
     */
    public Drift(MigrationGuardConfig config, Consumer<String> progress, Map<String, String> env) {
        this.config = config;
        this.progress = progress;
        this.env = env;
    }

    /**
     * Checks the configured database.
     *
     * @throws DatabaseException when a database cannot be used
     * @throws IllegalArgumentException never: a bad {@code drift.ignore} entry is reported by the configuration
     */
    public DriftResult run(DriftOptions options) {
        long start = System.nanoTime();
        MigrationCatalog catalog = MigrationCatalog.load(config);
        ConnectionResolver.Resolution resolution = ConnectionResolver.resolve(config, env);
        if (!resolution.ok()) {
            throw new DatabaseException(resolution.error());
        }
        ConnectionSettings checked = resolution.settings();
        if (!catalog.blockingProblems().isEmpty()) {
            return new DriftResult(checked.describe(), "", List.of(), List.of(), List.of(),
                    catalog.blockingProblems(), 0, 0, millisSince(start));
        }
        List<ObjectPattern> ignore = config.drift().ignore().stream().map(ObjectPattern::parse).toList();
        try (Session session = Session.open(config, checked)) {
            Connection target = session.connection();
            HistoryTable history = session.history();
            if (!history.exists(target)) {
                throw new DatabaseException("no migration history " + history.displayName() + " in "
                        + checked.describe() + "; drift compares a database migrated by Migration Guard with its "
                        + "migrations: run db:migrate (or db:baseline) first, or name the history with db.schema and "
                        + "db.table");
            }
            List<AppliedMigration> rows = history.read(target);
            String historySchema = currentSchema(target);
            List<String> problems = new ArrayList<>();
            List<Migration> plan = plan(catalog, rows, problems);
            DriftResult result;
            try (ReplayDatabase replay = ReplayDatabase.create(config, checked, options.replayUrl(), env, progress)) {
                progress.accept("replaying " + plan.size() + " script(s) of " + checked.describe() + "'s history on "
                        + replay.description());
                long replayStart = System.nanoTime();
                List<String> replayed = new ArrayList<>();
                List<String> changed = new ArrayList<>();
                try (Connection c = replay.connect()) {
                    replay(c, plan, rows, replayed, changed, problems);
                    long replayMillis = millisSince(replayStart);
                    List<String> schemas = schemas(c);
                    List<DriftDifference> differences = new ArrayList<>();
                    int ignored = 0;
                    target.setAutoCommit(false);
                    target.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                    target.setReadOnly(true);
                    try {
                        for (String schema : schemas) {
                            Map<String, String> expected = SchemaSnapshot.take(c, schema).objects();
                            if (expected.isEmpty() && !schema.equals(historySchema)) {
                                continue; // a schema the migrations do not build in (public, left empty)
                            }
                            Map<String, String> actual = new TreeMap<>(SchemaSnapshot.take(target, schema).objects());
                            if (schema.equals(historySchema)) {
                                actual.keySet().removeIf(k -> ownedByHistory(k, actual.get(k), schema,
                                        history.table()));
                            }
                            for (DriftDifference d : compare(schema, expected, actual)) {
                                if (ignore.stream().anyMatch(p -> p.matches(d.object()))) {
                                    ignored++;
                                } else {
                                    differences.add(d);
                                }
                            }
                        }
                    } finally {
                        target.rollback();
                        target.setReadOnly(false);
                        target.setAutoCommit(true);
                    }
                    result = new DriftResult(checked.describe(), replay.description(), List.copyOf(replayed),
                            List.copyOf(differences), List.copyOf(changed), List.copyOf(problems), ignored,
                            replayMillis, 0);
                }
            }
            // the total counts dropping the throw-away database (a checkpoint on the server)
            return result.withTotalMillis(millisSince(start));
        } catch (SQLException e) {
            throw new DatabaseException("drift check of " + checked.describe() + " stopped: "
                    + Secrets.mask(e.getMessage(), checked.password()), null);
        }
    }

    /**
     * The scripts to replay, in the order the history applied them: each successful row's file (a versioned
     * migration, or the baseline script it ran); rows a baseline script covers are skipped; a repeatable migration
     * once, at its last row. A row without a file is a problem (its objects will show as extra).
     */
    static List<Migration> plan(MigrationCatalog catalog, List<AppliedMigration> rows, List<String> problems) {
        Map<MigrationVersion, Migration> versioned = new HashMap<>();
        catalog.versioned().forEach(m -> versioned.put(m.version(), m));
        Map<MigrationVersion, Migration> baselines = new HashMap<>();
        catalog.baselines().forEach(m -> baselines.put(m.version(), m));
        Map<String, Migration> repeatables = new HashMap<>();
        catalog.repeatables().forEach(m -> repeatables.put(m.description(), m));
        MigrationVersion baselineScript = null;
        Map<String, Integer> lastRepeatableRow = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            AppliedMigration r = rows.get(i);
            if (r.success() && r.version() == null) {
                lastRepeatableRow.put(r.description(), i);
            }
            if (r.success() && HistoryTable.TYPE_SQL_BASELINE.equals(r.type())) {
                baselineScript = r.parsedVersion();
            }
        }
        LinkedHashMap<String, Migration> plan = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            AppliedMigration r = rows.get(i);
            if (!r.success()) {
                continue;
            }
            MigrationVersion v = r.parsedVersion();
            if (v == null) {
                if (lastRepeatableRow.get(r.description()) != i) {
                    continue;
                }
                Migration m = repeatables.get(r.description());
                if (m == null) {
                    problems.add("history row " + r.installedRank() + " (repeatable " + r.description() + ", "
                            + r.script() + ") has no file; its objects cannot be replayed");
                } else {
                    plan.put("R " + r.description(), m);
                }
                continue;
            }
            if (HistoryTable.TYPE_SQL_BASELINE.equals(r.type())) {
                Migration b = baselines.get(v);
                if (b == null) {
                    problems.add("history row " + r.installedRank() + " (baseline " + v + ", " + r.script()
                            + ") has no file; its objects cannot be replayed");
                } else {
                    plan.put("B " + v, b);
                }
                continue;
            }
            if (r.isBaselineMarker() && (baselineScript != null && v.compareTo(baselineScript) <= 0
                    || "<< baseline >>".equals(r.script()))) {
                continue;
            }
            Migration m = versioned.get(v);
            if (m == null) {
                problems.add("history row " + r.installedRank() + " (version " + v + ", " + r.script()
                        + ") has no file; its objects cannot be replayed");
            } else {
                plan.put("V " + v, m);
            }
        }
        return List.copyOf(plan.values());
    }

    private void replay(Connection c, List<Migration> plan, List<AppliedMigration> rows, List<String> replayed,
                        List<String> changed, List<String> problems) throws SQLException {
        if (config.historySchema() != null && !config.historySchema().isBlank()) {
            try (Statement st = c.createStatement()) {
                String schema = HistoryTable.quote(config.historySchema());
                st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
                st.execute("SET search_path TO " + schema);
            }
        }
        Map<String, Integer> checksums = new HashMap<>();
        for (AppliedMigration r : rows) {
            if (r.success() && r.checksum() != null) {
                checksums.put(r.version() == null ? "R " + r.description() : r.version(), r.checksum());
            }
        }
        ScriptPreparer preparer = new ScriptPreparer(config, parser, c.getMetaData().getDatabaseMajorVersion());
        StatementRunner runner = new StatementRunner(null);
        int n = 0;
        for (Migration m : plan) {
            n++;
            PreparedScript ps = preparer.prepare(m, m.up());
            if (!ps.ok()) {
                problems.add(ps.path() + ": cannot be replayed: " + String.join("; ", ps.problems()));
                return;
            }
            Integer recorded = checksums.get(m.version() == null ? "R " + m.description() : m.version().toString());
            if (recorded != null && m.version() != null && !Objects.equals(recorded, ps.checksum())) {
                changed.add(ps.path() + ": changed since it was applied (checksum " + recorded + " in the history, "
                        + ps.checksum() + " now); the file as it is now was replayed");
            }
            StatementFailure f = runner.apply(c, ps);
            if (f != null) {
                problems.add("the replay stopped: " + f.message() + "; later scripts were not replayed");
                return;
            }
            replayed.add(m.label());
            if (n % 100 == 0) {
                progress.accept("replayed " + n + "/" + plan.size());
            }
        }
    }

    /**
     * The schemas of the throw-away database but PostgreSQL's own; those left empty by the replay are then skipped,
     * except the schema the history is in (the migrations' own schema).
     */
    private static List<String> schemas(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT nspname FROM pg_namespace "
                + "WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%' "
                + "ORDER BY nspname")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String currentSchema(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_schema()")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** True for the history table's own entries: the table, its columns, constraints and indexes. */
    static boolean ownedByHistory(String key, String definition, String schema, String table) {
        String[] split = ObjectPattern.split(key);
        String name = split[1];
        return switch (split[0]) {
            case "table" -> name.equals(table);
            case "column", "constraint" -> name.startsWith(table + ".");
            case "index" -> definition.contains(" ON " + schema + "." + table + " ")
                    || definition.contains(" ON " + table + " ");
            default -> false;
        };
    }

    /** Every object missing, extra or different in {@code actual}, in object order. */
    static List<DriftDifference> compare(String schema, Map<String, String> expected, Map<String, String> actual) {
        List<DriftDifference> out = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String k : keys) {
            String e = expected.get(k);
            String a = actual.get(k);
            if (a == null) {
                out.add(new DriftDifference(DriftDifference.Kind.MISSING, schema, k, e, ""));
            } else if (e == null) {
                out.add(new DriftDifference(DriftDifference.Kind.EXTRA, schema, k, "", a));
            } else if (!e.equals(a)) {
                out.add(new DriftDifference(DriftDifference.Kind.DIFFERENT, schema, k, e, a));
            }
        }
        return out;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
