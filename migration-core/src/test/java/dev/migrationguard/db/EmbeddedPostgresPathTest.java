package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL path, exercised for real whatever server the environment names: machines without a
 * database server (and without Docker) run every database test on it.
 */
class EmbeddedPostgresPathTest {

    @Test
    void migrationsApplyAndRollBackOnAnEmbeddedServer(@TempDir Path project) throws Exception {
        Path dir = Files.createDirectories(project.resolve(MigrationGuardConfig.DEFAULT_LOCATION));
        Files.writeString(dir.resolve("1_users.up.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        Files.writeString(dir.resolve("1_users.down.sql"), "DROP TABLE users;\n");
        Files.writeString(dir.resolve("2_email.up.sql"), "ALTER TABLE users ADD COLUMN email text;\n"
                + "CREATE FUNCTION one() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n");
        Files.writeString(dir.resolve("2_email.down.sql"), "DROP FUNCTION one();\n"
                + "ALTER TABLE users DROP COLUMN email;\n");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            List<String> lines = new ArrayList<>();
            MigrationRunner runner = new MigrationRunner(
                    MigrationGuardConfig.builder(project).dbUrl(url).build(), lines::add, Map.of());

            RunResult up = runner.migrate(RunOptions.defaults());
            assertThat(up.ok()).as(up.problems().toString()).isTrue();
            assertThat(query(url, "SELECT one()")).isEqualTo(1);
            assertThat(query(url, "SELECT count(*)::int FROM migration_guard_history WHERE success")).isEqualTo(2);

            RunResult down = runner.rollback(RunOptions.defaults());
            assertThat(down.ok()).as(down.problems().toString()).isTrue();
            assertThat(query(url, "SELECT count(*)::int FROM information_schema.columns "
                    + "WHERE table_name = 'users' AND column_name = 'email'")).isEqualTo(0);
            assertThat(query(url, "SELECT count(*)::int FROM migration_guard_history")).isEqualTo(1);
        }
    }

    private static Object query(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }
}
