package dev.migrationguard.db.drift;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.ConnectionResolver;
import dev.migrationguard.db.ConnectionSettings;
import dev.migrationguard.db.DatabaseException;
import dev.migrationguard.db.HistoryTable;
import dev.migrationguard.db.MigrationCatalog;
import dev.migrationguard.db.PreparedScript;
import dev.migrationguard.db.ScriptPreparer;
import dev.migrationguard.db.Secrets;
import dev.migrationguard.db.StatementFailure;
import dev.migrationguard.db.StatementRunner;
import dev.migrationguard.db.roundtrip.SchemaSnapshot;
import dev.migrationguard.naming.FileSystemSources;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.sql.Classifier;
import dev.migrationguard.sql.ClassifierOptions;
import dev.migrationguard.sql.ScriptParser;
import dev.migrationguard.sql.SqlScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One baseline script for a release: replays every migration up to a version in a throw-away database, dumps its
 * schema with {@code pg_dump --schema-only}, writes {@code B<version>__baseline.sql} (a header naming the migrations
 * it holds and the date, then the dump), and verifies it: a second throw-away database built from the baseline alone
 * must snapshot equal to the replay. Only the schema: rows the migrations insert are not in it. The history table is
 * not either (the replay writes none).
 */
public final class Consolidate {

    private final MigrationGuardConfig config;
    private final Consumer<String> progress;
    private final Map<String, String> env;
    private final ScriptParser parser = new ScriptParser(new Classifier(ClassifierOptions.tokensOnly()));

    public Consolidate(MigrationGuardConfig config, Consumer<String> progress, Map<String, String> env) {
        this.config = config;
        this.progress = progress;
        this.env = env;
    }

    /**
     * Consolidates.
     *
     * @throws DatabaseException when no throw-away database can be made or pg_dump is missing or too old
     */
    public ConsolidateResult run(ConsolidateOptions options) {
        long start = System.nanoTime();
        MigrationCatalog catalog = MigrationCatalog.load(config);
        if (!catalog.blockingProblems().isEmpty()) {
            return refused(catalog.blockingProblems(), start);
        }
        List<Migration> migrations = catalog.versioned().stream()
                .filter(m -> m.version().compareTo(options.version()) <= 0).toList();
        if (migrations.isEmpty() || !migrations.get(migrations.size() - 1).version().equals(options.version())) {
            return refused(List.of("no migration has version " + options.version() + " in " + config.locations()
                    + "; give the version of the last migration the baseline holds (db.version, --version)"), start);
        }
        Path file = options.output() != null ? config.projectDir().resolve(options.output())
                : FileSystemSources.resolve(config.projectDir(), config.locations().get(0))
                .resolve("B" + options.version() + "__baseline.sql");
        if (Files.exists(file) && !options.force()) {
            return refused(List.of(file + " exists; review and remove it, or overwrite it with db.force=true "
                    + "(--force)"), start);
        }
        ConnectionSettings server = null;
        if (config.dbUrl() != null && !config.dbUrl().isBlank()) {
            ConnectionResolver.Resolution r = ConnectionResolver.resolve(config, env);
            if (!r.ok()) {
                throw new DatabaseException(r.error());
            }
            server = r.settings();
        }
        ConsolidateResult result = consolidate(options, migrations, file, server, start);
        // the time counts dropping the throw-away databases (a checkpoint each)
        return new ConsolidateResult(result.file(), result.included(), result.differences(), result.problems(),
                millisSince(start));
    }

    private ConsolidateResult consolidate(ConsolidateOptions options, List<Migration> migrations, Path file,
                                          ConnectionSettings server, long start) {
        try (ReplayDatabase replay = ReplayDatabase.create(config, server, options.replayUrl(), env, progress);
             Connection c = replay.connect()) {
            int major = c.getMetaData().getDatabaseMajorVersion();
            PgDump pgDump = PgDump.find(options.pgDump(), env, major);
            progress.accept("replaying " + migrations.size() + " migration(s) up to " + options.version() + " on "
                    + replay.description());
            String failure = replay(c, migrations, major);
            if (failure != null) {
                return refused(List.of(failure), start);
            }
            String dump = pgDump.schemaOnly(replay.settings());
            String text = header(migrations, options, pgDump, c) + dump;
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return refused(List.of("cannot write " + file + ": " + e.getMessage()), start);
            }
            progress.accept("wrote " + file + "; verifying it on a database of its own");
            List<DriftDifference> differences;
            try (Connection fresh = replay.connectToNewDatabase()) {
                String built = build(fresh, file.toString(), text);
                if (built != null) {
                    return new ConsolidateResult(file, labels(migrations), List.of(), List.of(built),
                            millisSince(start));
                }
                differences = compare(c, fresh);
            }
            return new ConsolidateResult(file, labels(migrations), List.copyOf(differences), List.of(),
                    millisSince(start));
        } catch (SQLException e) {
            throw new DatabaseException("consolidation stopped: " + Secrets.maskUrl(e.getMessage()), null);
        }
    }

    private String replay(Connection c, List<Migration> migrations, int major) throws SQLException {
        if (config.historySchema() != null && !config.historySchema().isBlank()) {
            try (Statement st = c.createStatement()) {
                String schema = HistoryTable.quote(config.historySchema());
                st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
                st.execute("SET search_path TO " + schema);
            }
        }
        ScriptPreparer preparer = new ScriptPreparer(config, parser, major);
        StatementRunner runner = new StatementRunner(null);
        for (Migration m : migrations) {
            PreparedScript ps = preparer.prepare(m, m.up());
            if (!ps.ok()) {
                return ps.path() + ": cannot be replayed: " + String.join("; ", ps.problems());
            }
            StatementFailure f = runner.apply(c, ps);
            if (f != null) {
                return "the replay stopped: " + f.message() + "; nothing was written";
            }
        }
        return null;
    }

    /** Runs the baseline in {@code fresh} in one transaction; the failure, or null. */
    private String build(Connection fresh, String path, String text) throws SQLException {
        SqlScript script = parser.parse(path, text);
        fresh.setAutoCommit(false);
        StatementFailure f = new StatementRunner(null).run(fresh, script);
        if (f != null) {
            fresh.rollback();
            return "the baseline does not run on an empty database: " + f.message();
        }
        fresh.commit();
        fresh.setAutoCommit(true);
        return null;
    }

    /** The differences of every schema either database has objects in. */
    private static List<DriftDifference> compare(Connection replayed, Connection fresh) throws SQLException {
        TreeSet<String> schemas = new TreeSet<>(schemas(replayed));
        schemas.addAll(schemas(fresh));
        List<DriftDifference> out = new ArrayList<>();
        for (String schema : schemas) {
            out.addAll(Drift.compare(schema, SchemaSnapshot.take(replayed, schema).objects(),
                    SchemaSnapshot.take(fresh, schema).objects()));
        }
        return out;
    }

    private static List<String> schemas(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT nspname FROM pg_namespace "
                + "WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String header(List<Migration> migrations, ConsolidateOptions options, PgDump pgDump,
                                 Connection c) throws SQLException {
        StringBuilder b = new StringBuilder();
        b.append("-- Baseline of version ").append(options.version()).append(": the schema that the ")
                .append(migrations.size()).append(" migration(s) below build, consolidated by Migration Guard on ")
                .append(LocalDate.now()).append("\n-- from pg_dump ").append(pgDump.major())
                .append(" --schema-only of PostgreSQL ").append(c.getMetaData().getDatabaseProductVersion())
                .append(". Schema only: rows the migrations insert (seed data) are not in it.\n-- Includes:\n");
        for (Migration m : migrations) {
            b.append("--   ").append(m.label()).append(" (").append(m.up().displayPath()).append(")\n");
        }
        return b.append('\n').toString();
    }

    private static List<String> labels(List<Migration> migrations) {
        return migrations.stream().map(Migration::label).toList();
    }

    private static ConsolidateResult refused(List<String> problems, long start) {
        return new ConsolidateResult(null, List.of(), List.of(), List.copyOf(problems), millisSince(start));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
