package dev.migrationguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.db.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code consolidate} with its throw-away databases on the server of {@code MIGRATION_GUARD_TEST_JDBC_URL}, else on an
 * embedded server the tests of this JVM share; pg_dump from PATH.
 */
class ConsolidateCommandTest {

    /** The server of MIGRATION_GUARD_TEST_JDBC_URL, else the embedded one all tests of this JVM share. */
    private static String server;

    @BeforeAll
    static void server() {
        server = TestServer.url();
    }

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, System.getenv());
    }

    @Test
    void writesAVerifiedBaselineIntoTheDirectory() throws Exception {
        dev.migrationguard.db.drift.PgDumpAvailable.assumeFor(server);
        Path db = Files.createDirectories(dir.resolve("db"));
        Files.writeString(db.resolve("V1__users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        Files.writeString(db.resolve("V2__email.sql"), "ALTER TABLE users ADD COLUMN email text;\n");

        assertThat(run("consolidate", "--version", "2", "--replay-url", server, "db"))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("B2__baseline.sql: 2 migration(s), schema only "
                + "(no seed data), verified equal to the replay");
        assertThat(Files.readString(db.resolve("B2__baseline.sql"))).contains("--   2 email (db/V2__email.sql)")
                .contains("CREATE TABLE public.users");
    }

    @Test
    void withoutAVersionItIsAUsageError() {
        assertThat(run("consolidate", "--replay-url", server)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--version is required");
    }
}
