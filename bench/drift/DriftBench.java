import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.MigrationRunner;
import dev.migrationguard.db.RunOptions;
import dev.migrationguard.db.RunResult;
import dev.migrationguard.db.drift.Drift;
import dev.migrationguard.db.drift.DriftOptions;
import dev.migrationguard.db.drift.DriftRenderer;
import dev.migrationguard.db.drift.DriftResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Drift of a real project's database beside the time of applying its migrations: creates a database of its own on
 * SERVER_URL, applies every migration of MIGRATIONS_DIR with the runner (timed), runs drift on it (timed: the whole
 * check, and its replay alone), prints the drift report, and drops the database.
 *
 * <pre>java -cp ... DriftBench SERVER_URL MIGRATIONS_DIR [ROUNDS]</pre>
 */
public final class DriftBench {

    public static void main(String[] args) throws Exception {
        String server = args[0];
        Path dir = Path.of(args[1]).toAbsolutePath().normalize();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        for (int round = 1; round <= rounds; round++) {
            String name = "drift_bench_" + System.nanoTime() % 1_000_000_000L;
            exec(server, "CREATE DATABASE " + name + " TEMPLATE template0");
            String url = server.replaceFirst("^(jdbc:postgresql://[^/?]*)/([^?]*)", "$1/" + name);
            try {
                MigrationGuardConfig config = MigrationGuardConfig.builder(dir).locations(List.of("."))
                        .dbUrl(url).build();
                long t0 = System.nanoTime();
                RunResult migrated = new MigrationRunner(config, line -> { }, Map.of()).migrate(RunOptions.defaults());
                long migrateMs = (System.nanoTime() - t0) / 1_000_000;
                if (!migrated.ok()) {
                    throw new IllegalStateException("migrate failed: " + migrated.problems());
                }
                long t1 = System.nanoTime();
                DriftResult drift = new Drift(config, line -> { }, Map.of()).run(DriftOptions.defaults());
                long driftMs = (System.nanoTime() - t1) / 1_000_000;
                if (round == 1) {
                    System.out.print(DriftRenderer.text(drift));
                }
                System.out.printf("round %d: %d migrations; migrate %d ms; drift %d ms (replay %d ms); "
                                + "drift / migrate = %.2f; differences %d%n", round, migrated.steps().size(),
                        migrateMs, driftMs, drift.replayMillis(), (double) driftMs / migrateMs,
                        drift.differences().size());
            } finally {
                exec(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    private static void exec(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
