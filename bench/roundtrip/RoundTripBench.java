import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.MigrationCatalog;
import dev.migrationguard.db.roundtrip.RoundTrip;
import dev.migrationguard.db.roundtrip.RoundTripOptions;
import dev.migrationguard.db.roundtrip.RoundTripResult;
import dev.migrationguard.db.roundtrip.RoundTripTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Whole-run timing of the round trip: writes N golang-migrate pairs (a table; a column with its index; a view with a
 * comment, in turn) and round-trips them on an embedded PostgreSQL, the server start included; with a JDBC URL as
 * second argument, on a fresh schema of that server instead. Usage: java -cp ... RoundTripBench N [JDBC_URL].
 */
public final class RoundTripBench {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path project = Files.createTempDirectory("mg-roundtrip-bench");
        Path dir = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
        int tables = 0;
        for (int i = 1; i <= n; i++) {
            String up;
            String down;
            String t = "t" + (i % 3 == 1 ? ++tables : tables);
            switch (i % 3) {
                case 1 -> {
                    up = "CREATE TABLE " + t + " (id bigint PRIMARY KEY, name text NOT NULL, "
                            + "created_at timestamptz DEFAULT now());\n";
                    down = "DROP TABLE " + t + ";\n";
                }
                case 2 -> {
                    up = "ALTER TABLE " + t + " ADD COLUMN email text;\nCREATE INDEX " + t + "_email_idx ON " + t
                            + " (email);\n";
                    down = "DROP INDEX " + t + "_email_idx;\nALTER TABLE " + t + " DROP COLUMN email;\n";
                }
                default -> {
                    up = "CREATE VIEW " + t + "_v AS SELECT id, name FROM " + t + ";\nCOMMENT ON TABLE " + t
                            + " IS 'bench';\n";
                    down = "COMMENT ON TABLE " + t + " IS NULL;\nDROP VIEW " + t + "_v;\n";
                }
            }
            Files.writeString(dir.resolve(String.format("%05d_m%d.up.sql", i, i)), up);
            Files.writeString(dir.resolve(String.format("%05d_m%d.down.sql", i, i)), down);
        }
        MigrationGuardConfig.Builder b = MigrationGuardConfig.builder(project);
        if (args.length > 1) {
            b.dbUrl(args[1]);
        }
        MigrationGuardConfig config = b.build();
        long start = System.nanoTime();
        RoundTripResult r;
        try (RoundTripTarget target = RoundTripTarget.open(config, Map.of())) {
            r = new RoundTrip(config, line -> { }).run(MigrationCatalog.load(config), target, RoundTripOptions.all(),
                    start);
        }
        System.out.printf("round trip of %d pairs on %s: %s%n", n, r.target(), r.summary());
    }
}
