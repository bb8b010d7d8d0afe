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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drift} on a real PostgreSQL: a database of its own ({@code drift_cli_...}) on the server of
 * {@code MIGRATION_GUARD_TEST_JDBC_URL}, else on the embedded server the tests of this JVM share; migrated with
 * {@code migrate} of the runner through the engine, then checked through the command line.
 */
class DriftCommandTest {

    /** The server of MIGRATION_GUARD_TEST_JDBC_URL, else the embedded one all tests of this JVM share. */
    private static String server;

    @BeforeAll
    static void server() {
        server = TestServer.url();
    }

    @TempDir
    Path dir;
    String name;
    String url;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void database() throws Exception {
        name = "drift_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        execute(server, "CREATE DATABASE " + name + " TEMPLATE template0");
        url = server.replaceFirst("^(jdbc:postgresql://[^/?]*)/([^?]*)", "$1/" + name);
        Path migrations = Files.createDirectories(dir.resolve("db"));
        Files.writeString(migrations.resolve("V1__users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, "
                + "email text);\n");
        Files.writeString(migrations.resolve("V2__index.sql"), "CREATE INDEX users_email_idx ON users (email);\n");
        dev.migrationguard.db.RunResult r = new dev.migrationguard.db.MigrationRunner(
                dev.migrationguard.config.MigrationGuardConfig.builder(dir).locations(List.of("db")).dbUrl(url)
                        .build(), line -> { }, Map.of()).migrate(dev.migrationguard.db.RunOptions.defaults());
        assertThat(r.ok()).as(r.problems().toString()).isTrue();
    }

    @AfterEach
    void drop() throws Exception {
        execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, Map.of());
    }

    @Test
    void noDriftExitsZero() {
        assertThat(run("drift", "--url", url, "db")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("no drift: 0 difference(s)")
                .contains("2 script(s) replayed");
    }

    @Test
    void driftExitsOneAndJsonListsTheDifference() throws Exception {
        execute(url, "CREATE INDEX users_id_email_idx ON users (id, email)");

        assertThat(run("drift", "--url", url, "--format", "json", "db")).isEqualTo(1);

        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("differences")).hasSize(1);
        assertThat(json.get("differences").get(0).get("object").asText()).isEqualTo("index users_id_email_idx");
        assertThat(json.get("differences").get(0).get("kind").asText()).isEqualTo("extra");
    }

    @Test
    void ignoreOptionLeavesTheObjectOut() throws Exception {
        execute(url, "CREATE INDEX users_email_tmp ON users (email, id)");

        assertThat(run("drift", "--url", url, "--ignore", "index:*_tmp", "db")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 ignored by drift.ignore");
    }

    @Test
    void anUnknownPatternKindIsAUsageError() {
        assertThat(run("drift", "--url", url, "--ignore", "idx:*_tmp", "db")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown object kind 'idx'")
                .contains("index:*_tmp");
    }

    @Test
    void theConfigurationFilesDriftIgnoreIsRead() throws Exception {
        Files.writeString(dir.resolve(".migration-guard.yml"), "locations: [db]\ndrift:\n  ignore:\n"
                + "    - index:*_tmp\n");
        execute(url, "CREATE INDEX users_email_tmp ON users (email, id)");

        assertThat(run("drift", "--url", url)).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void aServerThatDoesNotAnswerIsAnErrorThatDoesNotPrintThePassword() {
        int status = run("drift", "--url", "jdbc:postgresql://127.0.0.1:1/nothing?user=someone", "--password",
                "s3cret-pw", "db");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: ").doesNotContain("s3cret-pw");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
