package dev.migrationguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migrationguard.db.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code roundtrip} on a real PostgreSQL, given by {@code --url}: the server of {@code MIGRATION_GUARD_TEST_JDBC_URL}
 * when it is set, else the embedded server the tests of this JVM share. One test leaves {@code --url} out, so that the
 * command starts its own embedded server ({@code DOCKER_HOST} names a socket that does not exist, so no Docker engine
 * is looked for).
 */
class RoundtripCommandTest {

    /** The server of MIGRATION_GUARD_TEST_JDBC_URL, else the embedded one all tests of this JVM share. */
    private static String url;

    @BeforeAll
    static void server() {
        url = TestServer.url();
    }

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir,
                Map.of("DOCKER_HOST", "unix://" + dir.resolve("no-docker.sock")));
    }

    /** {@code roundtrip --url <the test server>}, then {@code args}. */
    private int roundtrip(String... args) {
        List<String> all = new ArrayList<>(List.of("roundtrip", "--url", url));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path migrations(String location) throws Exception {
        Path m = Files.createDirectories(dir.resolve(location));
        Files.writeString(m.resolve("1_users.up.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
        Files.writeString(m.resolve("1_users.down.sql"), "DROP TABLE users;\n");
        Files.writeString(m.resolve("2_email_idx.up.sql"), "CREATE INDEX users_email_idx ON users (email);\n");
        Files.writeString(m.resolve("2_email_idx.down.sql"), "DROP INDEX users_email_idx;\n");
        return m;
    }

    private void forgetfulThirdPair(Path m) throws Exception {
        Files.writeString(m.resolve("3_status.up.sql"), "ALTER TABLE users ADD COLUMN status text;\n"
                + "CREATE INDEX IF NOT EXISTS users_id_email_idx ON users (id, email);\n");
        Files.writeString(m.resolve("3_status.down.sql"), "ALTER TABLE users DROP COLUMN status;\n");
    }

    @Test
    void reversiblePairsExitZeroWithTheReportOnStdoutAndProgressOnStderr() throws Exception {
        Path m = migrations("db/migrations");
        assertThat(run("roundtrip", "--help")).isZero();
        out.reset();

        assertThat(roundtrip("db/migrations")).as(err()).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines.get(0)).startsWith("round trip on ");
        assertThat(lines).contains("1 users: reversible", "2 email idx: reversible",
                "  lock: db/migrations/2_email_idx.up.sql:1: CREATE INDEX users_email_idx ON users (email);: "
                        + "ShareLock on users");
        assertThat(lines.get(lines.size() - 1))
                .startsWith("2 reversible, 0 not reversible, 0 failed, 0 skipped, 0 not checked (2 pairs); "
                        + "0 lock disagreement(s) with the "
                        + "lint; ");
        assertThat(err()).contains("[1/2] 1 users: reversible (", "[2/2] 2 email idx: reversible (");
        assertThat(m).isDirectory();
    }

    @Test
    void withoutUrlNorDockerTheCommandStartsAnEmbeddedServer() throws Exception {
        migrations("db/migrations");
        assertThat(run("roundtrip", "db/migrations")).as(err()).isZero();
        assertThat(err()).startsWith("note: no Docker engine answers (unix://" + dir.resolve("no-docker.sock")
                + ": no such socket); starting an embedded PostgreSQL\n");
        assertThat(out()).startsWith("round trip on embedded PostgreSQL 16.")
                .contains("2 reversible, 0 not reversible, 0 failed, 0 skipped, 0 not checked (2 pairs);");
    }

    @Test
    void aDownThatLeavesThingsBehindExitsOneNamingThem() throws Exception {
        forgetfulThirdPair(migrations("db/migrations"));
        assertThat(roundtrip("db/migrations")).as(err()).isEqualTo(1);
        assertThat(out()).contains("3 status: not reversible\n"
                + "  index users_id_email_idx: present after down\n"
                + "  lock: db/migrations/3_status.up.sql:1: ALTER TABLE users ADD COLUMN status text;: "
                + "AccessExclusiveLock on users\n");
        assertThat(out()).contains("2 reversible, 1 not reversible, 0 failed, 0 skipped, 0 not checked (3 pairs);");
    }

    @Test
    void jsonAndMarkdownFormats() throws Exception {
        forgetfulThirdPair(migrations("db/migrations"));
        assertThat(roundtrip("--format", "json", "db/migrations")).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(out());
        assertThat(root.get("ok").asBoolean()).isFalse();
        assertThat(root.get("migrations")).extracting(n -> n.get("status").asText())
                .containsExactly("reversible", "reversible", "not_reversible");
        assertThat(root.get("migrations").get(2).get("differences").get(0).asText())
                .isEqualTo("index users_id_email_idx: present after down");

        out.reset();
        assertThat(roundtrip("--format=markdown", "db/migrations")).isEqualTo(1);
        assertThat(out()).startsWith("## Round trip\n\n2 reversible, 1 not reversible, 0 failed, 0 skipped, "
                + "0 not checked (3 pairs);")
                .contains("| 3 status | not reversible | AccessExclusiveLock on users |");
    }

    @Test
    void fromAndToChooseThePairs() throws Exception {
        forgetfulThirdPair(migrations("db/migrations"));
        assertThat(roundtrip("--from", "2", "--to", "2", "db/migrations")).as(err()).isZero();
        assertThat(out()).contains("1 users: skipped (applied only, outside db.from/db.to)\n",
                "2 email idx: reversible\n").doesNotContain("3 status");
    }

    @Test
    void theConfigurationFileGivesLocationsAndNaming() throws Exception {
        migrations("sql/schema");
        Files.writeString(dir.resolve(".migration-guard.yml"), "locations: [sql/schema]\nnaming: golang-migrate\n");
        assertThat(roundtrip()).as(err()).isZero();
        assertThat(out()).contains("2 email idx: reversible");

        Path elsewhere = Files.createDirectories(dir.resolve("conf"));
        Files.writeString(elsewhere.resolve("guard.yml"), "locations: [../sql/schema]\n");
        Files.delete(dir.resolve(".migration-guard.yml"));
        out.reset();
        assertThat(roundtrip("--config", "conf/guard.yml")).as(err()).isZero();
        assertThat(out()).contains("1 users: reversible");
    }

    @Test
    void usageAndSetupErrorsExitTwo() throws Exception {
        Path m = migrations("db/migrations");
        assertThat(run("roundtrip", "--format", "sarif", "db/migrations")).isEqualTo(2);
        assertThat(err()).contains("error: --format: expected text, json or markdown, found 'sarif'");
        err.reset();
        assertThat(run("roundtrip", "--from", "V2__x", "db/migrations")).isEqualTo(2);
        assertThat(err()).contains("error: --from: 'V2__x' is not a migration version; use the version part of a "
                + "file name, e.g. --from 3 or --from 2.1");
        err.reset();
        assertThat(run("roundtrip", "db/missing")).isEqualTo(2);
        assertThat(err()).contains("error: db/missing does not exist; give migration directories");
        err.reset();
        assertThat(run("roundtrip", "db/migrations/1_users.up.sql")).isEqualTo(2);
        assertThat(err()).contains("error: db/migrations/1_users.up.sql is a file; the round trip takes migration "
                + "directories (here: db/migrations)");
        err.reset();
        assertThat(run("roundtrip", "--config", "nope.yml", "db/migrations")).isEqualTo(2);
        assertThat(err()).contains("error: configuration file nope.yml does not exist");
        err.reset();
        assertThat(run("roundtrip", "--verbose", m.toString())).isEqualTo(2);
        assertThat(err()).contains("error: unknown option --verbose", "Usage: java -jar migration-guard.jar "
                + "roundtrip");
        err.reset();
        Files.writeString(m.resolve("3_bad name.sql"), "SELECT 1;\n");
        assertThat(roundtrip("db/migrations")).isEqualTo(2);
        assertThat(out()).contains("error: db/migrations/3_bad name.sql: ");
        assertThat(out()).doesNotContain("reversible\n");
    }

    @Test
    void thePasswordIsNeverPrinted() throws Exception {
        migrations("db/migrations");
        String secret = "hunter2-secret";
        assertThat(run("roundtrip", "--url", "jdbc:postgresql://127.0.0.1:1/app", "--user", "app", "--password",
                secret, "db/migrations")).isEqualTo(2);
        assertThat(err()).contains("error: ").contains("127.0.0.1:1/app");
        assertThat(run("roundtrip", "--url", "postgres://app:" + secret + "@127.0.0.1:1/app", "db/migrations"))
                .isEqualTo(2);
        assertThat(run("roundtrip", "--url", "jdbc:postgresql://127.0.0.1:1/app?password=" + secret,
                "--user", "app", "--password", "other-" + secret, "db/migrations")).isEqualTo(2);
        assertThat(err()).contains("differ");
        assertThat(run("roundtrip", "--password=" + secret, "--bogus", "db/migrations")).isEqualTo(2);
        assertThat(out() + err()).doesNotContain(secret);
    }
}
