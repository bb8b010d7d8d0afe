import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.MigrationRunner;
import dev.migrationguard.db.RunOptions;
import dev.migrationguard.db.RunListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;

/**
 * Whole-run timing of the runner: applies N small migrations (table, index, function) to an empty schema, then times
 * status and validate. Usage: java -cp ... RunnerBench JDBC_URL N [projectDir]. Prints one line per figure.
 */
public final class RunnerBench {
    public static void main(String[] args) throws Exception {
        String url = args[0];
        int n = Integer.parseInt(args[1]);
        Path project = Files.createTempDirectory("mg-bench");
        Path dir = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
        for (int i = 1; i <= n; i++) {
            Files.writeString(dir.resolve("V" + i + "__m" + i + ".sql"), Bench.sql(i));
        }
        String schema = "mg_bench_" + n;
        try (var c = DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema);
        }
        MigrationGuardConfig config = MigrationGuardConfig.builder(project).dbUrl(url).historySchema(schema).build();
        MigrationRunner runner = new MigrationRunner(config, RunListener.silent(), Map.of());
        long t0 = System.nanoTime();
        var r = runner.migrate(RunOptions.defaults());
        long t1 = System.nanoTime();
        System.out.printf("migrate %d: %d ms ok=%s%n", n, (t1 - t0) / 1_000_000, r.ok());
        t0 = System.nanoTime();
        var s = runner.status();
        t1 = System.nanoTime();
        System.out.printf("status %d applied: %d ms (%d entries)%n", n, (t1 - t0) / 1_000_000, s.entries().size());
        t0 = System.nanoTime();
        var v = runner.validate();
        t1 = System.nanoTime();
        System.out.printf("validate %d applied: %d ms ok=%s%n", n, (t1 - t0) / 1_000_000, v.ok());
        System.out.println("files: " + dir);
    }
}

final class Bench {
    static String sql(int i) {
        return "CREATE TABLE t" + i + " (id bigint PRIMARY KEY, name text NOT NULL, created timestamptz DEFAULT now());\n"
                + "CREATE INDEX t" + i + "_name ON t" + i + " (name);\n"
                + "CREATE FUNCTION f" + i + "(x int) RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN x + " + i
                + ";\nEND;\n$$;\n";
    }
}
