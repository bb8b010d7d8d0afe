package dev.migrationguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path migrations() throws Exception {
        Path m = Files.createDirectories(dir.resolve("src/main/resources/db/migration"));
        Files.writeString(m.resolve("V1__users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
        Files.writeString(m.resolve("V2__drop_email.sql"), "-- the email moves to accounts\n"
                + "ALTER TABLE users DROP COLUMN email;\n");
        return m;
    }

    @Test
    void defaultLocationTextOutputAndExitOne() throws Exception {
        migrations();
        assertThat(run("lint", "--no-color")).isEqualTo(1);
        assertThat(out()).contains("src/main/resources/db/migration/V2__drop_email.sql:2:19: error[ban-drop-column] "
                + "Dropping column \"email\" of \"users\" breaks clients still reading it (ACCESS EXCLUSIVE lock on "
                + "users)\n  help: stop reading the column, deploy, then drop it in a later migration "
                + "(migration-guard explain ban-drop-column)\n");
        assertThat(out()).contains("Migration Guard: 2 files, 2 statements");
    }

    @Test
    void failOnNeverExitsZero() throws Exception {
        migrations();
        assertThat(run("lint", "--fail-on", "never")).isEqualTo(0);
    }

    @Test
    void jsonHasExactlyTheDocumentedShape() throws Exception {
        Path m = migrations();
        assertThat(run("lint", "--format=json", m.toString())).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(out());
        List<String> top = new ArrayList<>();
        root.fieldNames().forEachRemaining(top::add);
        assertThat(top).containsExactly("findings", "summary", "migrations");
        JsonNode f = null;
        for (JsonNode n : root.get("findings")) {
            if (n.get("rule").asText().equals("ban-drop-column")) {
                f = n;
            }
        }
        assertThat(f).as("the ban-drop-column finding").isNotNull();
        List<String> fields = new ArrayList<>();
        f.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("rule", "severity", "risk", "file", "line", "column", "message", "help",
                "docs");
        assertThat(f.get("rule").asText()).isEqualTo("ban-drop-column");
        assertThat(f.get("line").asInt()).isEqualTo(2);
        List<String> summary = new ArrayList<>();
        root.get("summary").fieldNames().forEachRemaining(summary::add);
        assertThat(summary).containsExactly("files", "statements", "statementsParsed", "statementsFallback",
                "statementsUnknown", "errors", "warnings", "infos");
        assertThat(root.get("summary").get("errors").asInt()).isEqualTo(1);
    }

    @Test
    void reportFormatsAreAccepted() throws Exception {
        Path m = migrations();
        Files.writeString(dir.resolve(".migration-guard.yml"), "docsBaseUrl: https://docs.example.com/rules\n");

        assertThat(run("lint", "--format", "sarif", m.toString())).isEqualTo(1);
        JsonNode sarif = new ObjectMapper().readTree(out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs").get(0).get("results").findValuesAsText("ruleId")).contains("ban-drop-column");
        assertThat(sarif.get("runs").get(0).get("tool").get("driver").get("rules").get(0).get("helpUri").asText())
                .startsWith("https://docs.example.com/rules/");

        out.reset();
        assertThat(run("lint", "--format=markdown", m.toString())).isEqualTo(1);
        assertThat(out()).startsWith("## Migration Guard: high risk\n")
                .contains("[`ban-drop-column`](https://docs.example.com/rules/ban-drop-column.md)");

        out.reset();
        assertThat(run("lint", "--format", "JUnit", m.toString())).isEqualTo(1);
        assertThat(out()).startsWith("<?xml").contains("<failure message=\"1 error: ban-drop-column\"");

        assertThat(run("lint", "--format", "xml", m.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown format 'xml'; use one of [text, json, sarif, markdown, junit]");
    }

    @Test
    void singleFileIsCheckedAgainstItsDirectory() throws Exception {
        Path m = migrations();
        assertThat(run("lint", m.resolve("V1__users.sql").toString())).isEqualTo(0);
        assertThat(out()).contains("Migration Guard: 1 file, 1 statement");
    }

    @Test
    void configFileIsFoundAndApplied() throws Exception {
        migrations();
        Files.writeString(dir.resolve(".migration-guard.yml"), "rules:\n  ban-drop-column: warning\n");
        assertThat(run("lint")).isEqualTo(0);
        assertThat(out()).contains("warning[ban-drop-column]");
        assertThat(run("lint", "--fail-on", "warning")).isEqualTo(1);
    }

    @Test
    void usageErrorsExitTwoWithoutStackTrace() throws Exception {
        assertThat(run("lint", "--fail-on", "sometimes")).isEqualTo(2);
        assertThat(run("lint", "--bogus")).isEqualTo(2);
        assertThat(run("lint", "no/such/dir")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        Files.writeString(dir.resolve(".migration-guard.yml"), "failOn: loudly\n");
        assertThat(run("lint")).isEqualTo(2);
        String e = err.toString(StandardCharsets.UTF_8);
        assertThat(e).contains("error: --fail-on: expected error, warning, info or never, found 'sometimes'")
                .contains("unknown option --bogus")
                .contains("no/such/dir does not exist")
                .contains(".migration-guard.yml:1: failOn: expected error, warning, info or never, found 'loudly'")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
