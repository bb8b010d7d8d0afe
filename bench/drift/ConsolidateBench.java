import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.MigrationRunner;
import dev.migrationguard.db.RunOptions;
import dev.migrationguard.db.RunResult;
import dev.migrationguard.db.drift.Consolidate;
import dev.migrationguard.db.drift.ConsolidateOptions;
import dev.migrationguard.db.drift.ConsolidateResult;
import dev.migrationguard.db.roundtrip.SchemaSnapshot;
import dev.migrationguard.naming.MigrationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Consolidation of a real project beside the time of applying its migrations. FLYWAY_DIR holds the project's up
 * migrations under Flyway names (baselines are Flyway's B files; see README.md for the renaming of golang-migrate
 * files). Times `migrate` of every migration up to VERSION on an empty database, then `Consolidate.run` up to
 * VERSION (replay, pg_dump, write, verify); then starts a database from the baseline (`db:baseline`), migrates the
 * later migrations, migrates a second database from the first migration, and compares the two snapshots.
 *
 * <pre>java -cp ... ConsolidateBench SERVER_URL FLYWAY_DIR VERSION</pre>
 */
public final class ConsolidateBench {

    public static void main(String[] args) throws Exception {
        String server = args[0];
        Path dir = Path.of(args[1]).toAbsolutePath().normalize();
        MigrationVersion version = MigrationVersion.parse(args[2]);
        String a = "consolidate_bench_a";
        String b = "consolidate_bench_b";
        for (String name : List.of(a, b)) {
            exec(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            exec(server, "CREATE DATABASE " + name + " TEMPLATE template0");
        }
        try {
            MigrationGuardConfig onA = MigrationGuardConfig.builder(dir).locations(List.of(".")).dbUrl(url(server, a))
                    .build();
            long t0 = System.nanoTime();
            RunResult upTo = new MigrationRunner(onA, line -> { }, Map.of()).migrate(
                    RunOptions.defaults().withTarget(version));
            long migrateMs = (System.nanoTime() - t0) / 1_000_000;
            check(upTo);
            exec(server, "DROP DATABASE " + a + " WITH (FORCE)");
            exec(server, "CREATE DATABASE " + a + " TEMPLATE template0");

            long t1 = System.nanoTime();
            ConsolidateResult r = new Consolidate(onA, line -> { }, Map.of()).run(new ConsolidateOptions(version,
                    null, true, null, server));
            long consolidateMs = (System.nanoTime() - t1) / 1_000_000;
            System.out.println(r.summary());
            r.differences().forEach(d -> System.out.println("  " + d.line()));
            System.out.printf("%d migrations up to %s: migrate %d ms; consolidate %d ms; consolidate / migrate = "
                    + "%.2f; baseline %d lines%n", upTo.steps().size(), version, migrateMs, consolidateMs,
                    (double) consolidateMs / migrateMs, Files.readAllLines(r.file()).size());

            check(new MigrationRunner(onA, line -> { }, Map.of()).baseline(RunOptions.defaults()));
            RunResult later = new MigrationRunner(onA, line -> { }, Map.of()).migrate(RunOptions.defaults());
            check(later);
            Files.delete(r.file());
            MigrationGuardConfig onB = MigrationGuardConfig.builder(dir).locations(List.of(".")).dbUrl(url(server, b))
                    .build();
            RunResult full = new MigrationRunner(onB, line -> { }, Map.of()).migrate(RunOptions.defaults());
            check(full);
            int differences = 0;
            try (Connection ca = DriverManager.getConnection(url(server, a));
                 Connection cb = DriverManager.getConnection(url(server, b))) {
                TreeSet<String> schemas = new TreeSet<>(schemas(ca));
                schemas.addAll(schemas(cb));
                for (String s : schemas) {
                    Map<String, String> x = SchemaSnapshot.take(ca, s).objects();
                    Map<String, String> y = SchemaSnapshot.take(cb, s).objects();
                    TreeSet<String> keys = new TreeSet<>(x.keySet());
                    keys.addAll(y.keySet());
                    for (String k : keys) {
                        if (!Objects.equals(x.get(k), y.get(k))) {
                            differences++;
                            System.out.println("  differs: " + s + " " + k);
                        }
                    }
                }
            }
            System.out.printf("baseline + %d later migrations beside a full migrate of %d: %d difference(s)%n",
                    later.steps().size(), full.steps().size(), differences);
        } finally {
            exec(server, "DROP DATABASE IF EXISTS " + a + " WITH (FORCE)");
            exec(server, "DROP DATABASE IF EXISTS " + b + " WITH (FORCE)");
        }
    }

    private static List<String> schemas(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT nspname FROM pg_namespace "
                + "WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void check(RunResult r) {
        if (!r.ok()) {
            throw new IllegalStateException(r.summary() + ": " + r.problems());
        }
    }

    private static String url(String server, String db) {
        return server.replaceFirst("^(jdbc:postgresql://[^/?]*)/([^?]*)", "$1/" + db);
    }

    private static void exec(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
