import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.MigrationRunner;
import dev.migrationguard.db.RunListener;
import dev.migrationguard.db.RunOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One Migration Guard run for the comparison: {@code java OursBench migrate|status|validate JDBC_URL SCHEMA DIR [fast]}
 * ({@code fast}: with {@code db.fastCommit}). Prints the in-process time of the engine call; the script times the
 * whole process.
 */
public final class OursBench {
    public static void main(String[] args) {
        String mode = args[0];
        Path dir = Path.of(args[3]).toAbsolutePath();
        MigrationGuardConfig config = MigrationGuardConfig.builder(dir).locations(List.of(dir.toString()))
                .dbUrl(args[1]).historySchema(args[2]).fastCommit(args.length > 4 && args[4].equals("fast")).build();
        MigrationRunner runner = new MigrationRunner(config, RunListener.silent(), Map.of());
        long t0 = System.nanoTime();
        String outcome = switch (mode) {
            case "migrate" -> {
                var r = runner.migrate(RunOptions.defaults());
                yield "ok=" + r.ok() + " applied=" + r.steps().size() + (r.ok() ? "" : " " + r.problems());
            }
            case "status" -> "entries=" + runner.status().entries().size();
            case "validate" -> {
                var r = runner.validate();
                yield "ok=" + r.ok() + (r.ok() ? "" : " " + r.problems());
            }
            default -> throw new IllegalArgumentException("mode: migrate, status or validate");
        };
        System.out.printf("ours %s: %d ms in process, %s%n", mode, (System.nanoTime() - t0) / 1_000_000, outcome);
    }
}
