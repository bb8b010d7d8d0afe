package dev.migrationguard.maven;

import static dev.migrationguard.maven.Mojos.mojo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the goals as Maven would, without Maven: parameters set, {@code execute()} called, the log recorded. The goals
 * that need a database use the {@link TestServer} ({@code MIGRATION_GUARD_TEST_JDBC_URL}, else an embedded PostgreSQL)
 * and a schema of their own, dropped afterwards.
 */
class RunnerMojosTest {

    /** A schema of this run's own, so that builds sharing a server do not meet. */
    private static final String SCHEMA = "mojo_runner_" + Long.toHexString(System.nanoTime());

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private Path migrations() throws Exception {
        return Files.createDirectories(project.resolve("src/main/resources/db/migration"));
    }

    private void writeTwoMigrations() throws Exception {
        Path dir = migrations();
        Files.writeString(dir.resolve("V1__create_items.sql"), "CREATE TABLE items (id bigint PRIMARY KEY);\n");
        Files.writeString(dir.resolve("U1__create_items.sql"), "DROP TABLE items;\n");
        Files.writeString(dir.resolve("V2__add_item_name.sql"), "ALTER TABLE items ADD COLUMN name text;\n");
        Files.writeString(dir.resolve("U2__add_item_name.sql"), "ALTER TABLE items DROP COLUMN name;\n");
    }

    @AfterEach
    void dropSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(TestServer.url()); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    private Object[] db(Object... more) {
        Object[] base = {"url", TestServer.url(), "schema", SCHEMA};
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void migrateStatusValidateRollbackRedoAndRepairOnARealDatabase() throws Exception {
        writeTwoMigrations();

        mojo(new MigrateMojo(), project, log, db("target", "1")).execute();
        assertThat(log.lines).hasSize(2);
        assertThat(log.lines.get(0)).matches("\\[INFO\\] applied 1 +create items \\(\\d+ ms\\)");
        assertThat(log.lines.get(1)).matches("\\[INFO\\] applied 1 migration\\(s\\) in \\d+ ms; now at version 1");

        log.lines.clear();
        mojo(new MigrateMojo(), project, log, db("dryRun", true)).execute();
        assertThat(log.lines).anyMatch(l -> l.contains("ALTER TABLE items ADD COLUMN name text;"))
                .contains("[INFO] dry run: 1 migration(s) would be applied");

        log.lines.clear();
        mojo(new ValidateMojo(), project, log, db()).execute();
        mojo(new MigrateMojo(), project, log, db()).execute();
        mojo(new StatusMojo(), project, log, db("format", "json")).execute();
        assertThat(String.join("\n", log.lines)).contains("\"state\" : \"applied\"", "\"version\" : \"2\"",
                "\"table\" : \"" + SCHEMA + ".migration_guard_history\"");

        log.lines.clear();
        mojo(new RollbackMojo(), project, log, db()).execute();
        assertThat(log.lines.get(0)).matches("\\[INFO\\] rolled back 2 +add item name \\(\\d+ ms\\)");
        mojo(new RedoMojo(), project, log, db()).execute();
        assertThat(log.lines).anyMatch(l -> l.matches("\\[INFO\\] rolled back 1 +create items \\(\\d+ ms\\)"))
                .anyMatch(l -> l.matches("\\[INFO\\] applied 1 +create items \\(\\d+ ms\\)"));
        mojo(new RepairMojo(), project, log, db()).execute();

        log.lines.clear();
        mojo(new StatusMojo(), project, log, db()).execute();
        assertThat(log.lines).anyMatch(l -> l.matches("\\[INFO\\] applied +1 +create items .*"))
                .anyMatch(l -> l.matches("\\[INFO\\] pending +2 +add item name .*"));
    }

    @Test
    void baselineMarksAnExistingDatabaseThenMigrateAppliesTheRest() throws Exception {
        writeTwoMigrations();
        try (Connection c = DriverManager.getConnection(TestServer.url()); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + SCHEMA);
            st.execute("CREATE TABLE " + SCHEMA + ".items (id bigint PRIMARY KEY)");
        }

        assertThatThrownBy(() -> mojo(new BaselineMojo(), project, log, db("importFrom", "liquibase")).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("db.importFrom: unknown source 'liquibase'; use flyway");
        mojo(new BaselineMojo(), project, log, db("baselineVersion", "1")).execute();
        log.lines.clear();
        mojo(new MigrateMojo(), project, log, db()).execute();

        assertThat(log.lines).hasSize(2);
        assertThat(log.lines.get(0)).matches("\\[INFO\\] applied 2 +add item name \\(\\d+ ms\\)");
    }

    @Test
    void aChangedFileFailsValidateNamingTheFile() throws Exception {
        writeTwoMigrations();
        mojo(new MigrateMojo(), project, log, db()).execute();
        Files.writeString(migrations().resolve("V2__add_item_name.sql"), "ALTER TABLE items ADD COLUMN name int;\n");

        assertThatThrownBy(() -> mojo(new ValidateMojo(), project, log, db()).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("db:validate: validation found 1 problem(s)")
                .hasMessageContaining("V2__add_item_name.sql");
        assertThatThrownBy(() -> mojo(new MigrateMojo(), project, log, db()).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("db:migrate: validation failed: nothing was applied");
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsAnExecutionErrorWithoutThePassword() throws Exception {
        writeTwoMigrations();

        assertThatThrownBy(() -> mojo(new MigrateMojo(), project, log,
                "url", "postgres://app:hunter2@127.0.0.1:1/app", "password", "hunter2").execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("db:migrate: ")
                .hasMessageContaining("127.0.0.1:1/app")
                .hasMessageNotContaining("hunter2");
        assertThat(log.lines).noneMatch(l -> l.contains("hunter2"));
    }

    @Test
    void credentialsFromTwoPlacesThatDisagreeStopTheGoal() throws Exception {
        writeTwoMigrations();

        assertThatThrownBy(() -> mojo(new StatusMojo(), project, log,
                "url", "postgres://app:first-secret@127.0.0.1:1/app", "password", "second-secret").execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("passwords from the password in db.url and from db.password differ")
                .hasMessageNotContaining("first-secret")
                .hasMessageNotContaining("second-secret");
    }

    @Test
    void badParametersStopTheGoalBeforeItConnects() throws Exception {
        writeTwoMigrations();

        assertThatThrownBy(() -> mojo(new RollbackMojo(), project, log,
                "url", "jdbc:postgresql://127.0.0.1:1/app", "steps", "none").execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Migration Guard configuration has 1 problem; fix it and run again:"
                        + System.lineSeparator()
                        + "  parameter: db.steps: expected a whole number of migrations of at least 1, found 'none'");
        assertThatThrownBy(() -> mojo(new StatusMojo(), project, log,
                "url", "jdbc:postgresql://127.0.0.1:1/app", "format", "sarif").execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("db:status: unknown format 'sarif'; use text or json");
    }

    @Test
    void newCreatesTheNextFlywayPair() throws Exception {
        writeTwoMigrations();

        mojo(new NewMojo(), project, log, "name", "add user email").execute();

        assertThat(migrations().resolve("V3__add_user_email.sql")).exists();
        assertThat(migrations().resolve("U3__add_user_email.sql")).exists();
        assertThat(log.lines).containsExactly("[INFO] created V3__add_user_email.sql, U3__add_user_email.sql in "
                + "src/main/resources/db/migration (flyway)");
    }

    @Test
    void newNeedsAUsableName() throws Exception {
        writeTwoMigrations();

        assertThatThrownBy(() -> mojo(new NewMojo(), project, log).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("db:new: name the migration, e.g. mvn db:new -Ddb.name=add_user_email");
        assertThatThrownBy(() -> mojo(new NewMojo(), project, log, "name", "add-émail!").execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("must be letters, digits and underscores");
        assertThat(Files.list(migrations())).hasSize(4);
    }
}
