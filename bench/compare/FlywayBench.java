import org.flywaydb.core.Flyway;

/**
 * One Flyway run for the comparison: {@code java FlywayBench migrate|info|validate JDBC_URL SCHEMA DIR}, the same
 * files and database as {@code OursBench}. Prints the in-process time of the call.
 */
public final class FlywayBench {
    public static void main(String[] args) {
        String mode = args[0];
        java.util.logging.LogManager.getLogManager().reset();
        Flyway flyway = Flyway.configure().dataSource(args[1], null, null).schemas(args[2])
                .locations("filesystem:" + args[3]).load();
        long t0 = System.nanoTime();
        String outcome = switch (mode) {
            case "migrate" -> {
                var r = flyway.migrate();
                yield "ok=" + r.success + " applied=" + r.migrationsExecuted;
            }
            case "info" -> "entries=" + flyway.info().all().length;
            case "validate" -> "ok=" + flyway.validateWithResult().validationSuccessful;
            default -> throw new IllegalArgumentException("mode: migrate, info or validate");
        };
        System.out.printf("flyway %s: %d ms in process, %s%n", mode, (System.nanoTime() - t0) / 1_000_000, outcome);
    }
}
