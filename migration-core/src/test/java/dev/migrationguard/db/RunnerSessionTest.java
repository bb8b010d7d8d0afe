package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.sql.Classifier;
import dev.migrationguard.sql.ClassifierOptions;
import dev.migrationguard.sql.ScriptParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a run uses its session: opened while the files are read (yet nothing written before the names are known to be
 * fine), errors of the background connection reported like before, commits that wait for the WAL flush by default,
 * and with db.fastCommit commits that do not wait until the run flushes them all at the end.
 */
class RunnerSessionTest {

    @TempDir
    Path project;
    RunnerTestSupport t;

    @BeforeEach
    void setUp() throws Exception {
        t = new RunnerTestSupport(project);
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    @Test
    void badNamesRefuseTheRunBeforeTheHistoryOrAnyMigrationIsWritten() throws Exception {
        t.file("V1__create_a.sql", "CREATE TABLE a (id int);\n").file("V2_create_b.sql", "CREATE TABLE b (id int);\n");

        RunResult r = t.runner().migrate(RunOptions.defaults());

        assertThat(r.ok()).isFalse();
        assertThat(r.summary()).contains("fix the migration names");
        assertThat(r.problems()).singleElement().asString().contains("V2_create_b.sql");
        assertThat(t.db.query("SELECT to_regclass('migration_guard_history') IS NULL")).isEqualTo(true);
        assertThat(t.db.query("SELECT to_regclass('a') IS NULL")).isEqualTo(true);
    }

    @Test
    void badNamesAreReportedEvenWhenTheDatabaseDoesNotAnswer() throws Exception {
        t.file("V1__create_a.sql", "CREATE TABLE a (id int);\n").file("V2_create_b.sql", "CREATE TABLE b (id int);\n");
        MigrationGuardConfig unreachable = t.config().dbUrl("jdbc:postgresql://127.0.0.1:1/nothing")
                .connectTimeoutSeconds(1).build();

        RunResult r = t.runner(unreachable).migrate(RunOptions.defaults());

        assertThat(r.ok()).isFalse();
        assertThat(r.summary()).contains("fix the migration names");
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsAClearErrorOfEveryGoal() throws Exception {
        t.file("V1__a.sql", "CREATE TABLE a (id int);\n");
        MigrationRunner runner = t.runner(t.config().dbUrl("jdbc:postgresql://127.0.0.1:1/nothing")
                .connectTimeoutSeconds(1).build());

        for (Runnable goal : new Runnable[] {runner::status, runner::validate,
            () -> runner.migrate(RunOptions.defaults())}) {
            DatabaseException e = catchThrowableOfType(DatabaseException.class, goal::run);
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("cannot connect to PostgreSQL at 127.0.0.1:1/nothing");
        }
    }

    @Test
    void noConfiguredDatabaseIsAClearErrorOfStatus() throws Exception {
        t.file("V1__a.sql", "CREATE TABLE a (id int);\n");
        MigrationRunner runner = new MigrationRunner(MigrationGuardConfig.builder(project).build(), t.lines::add,
                Map.of());

        DatabaseException e = catchThrowableOfType(DatabaseException.class, runner::status);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("no database configured");
    }

    @Test
    void byDefaultEveryMigrationCommitsWithTheServersDurableSetting() throws Exception {
        t.file("V1__tx.sql", "CREATE TABLE seen_in_tx AS SELECT current_setting('synchronous_commit') AS value;\n")
                .file("V2__autocommit.sql", "CREATE TABLE seen_alone AS SELECT current_setting('synchronous_commit')"
                        + " AS value;\nCREATE INDEX CONCURRENTLY seen_alone_value ON seen_alone (value);\n");

        RunResult r = t.runner(t.config().allowMixed(true).build()).migrate(RunOptions.defaults());

        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        Object server = t.db.query("SELECT setting FROM pg_settings WHERE name = 'synchronous_commit'");
        assertThat(server).isNotEqualTo("off");
        assertThat(t.db.query("SELECT value FROM seen_in_tx")).isEqualTo(server);
        assertThat(t.db.query("SELECT value FROM seen_alone")).isEqualTo(server);
        assertThat(t.runner().migrate(RunOptions.defaults().withDryRun(true, null)).sql())
                .doesNotContain("synchronous_commit");
    }

    @Test
    void withFastCommitTransactionalMigrationsCommitWithoutWaitingForTheFlushAndAutocommitOnesWait()
            throws Exception {
        t.file("V1__tx.sql", "CREATE TABLE seen_in_tx AS SELECT current_setting('synchronous_commit') AS value;\n")
                .file("V2__autocommit.sql", "CREATE TABLE seen_alone AS SELECT current_setting('synchronous_commit')"
                        + " AS value;\nCREATE INDEX CONCURRENTLY seen_alone_value ON seen_alone (value);\n");

        RunResult r = t.runner(t.config().allowMixed(true).fastCommit(true).build()).migrate(RunOptions.defaults());

        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        assertThat(t.db.query("SELECT value FROM seen_in_tx")).isEqualTo("off");
        assertThat(t.db.query("SELECT value FROM seen_alone")).isEqualTo(
                t.db.query("SELECT setting FROM pg_settings WHERE name = 'synchronous_commit'"));
    }

    @Test
    void aSessionLostBeforeTheFlushNamesTheFastCommittedMigrations() throws Exception {
        t.file("V1__a.sql", "CREATE TABLE a (id int);\n").file("V2__b.sql", "CREATE TABLE b (id int);\n")
                .file("V3__kill.sql", "SELECT pg_terminate_backend(pg_backend_pid());\n");

        String message = stopped(t.runner(t.config().fastCommit(true).build()));

        assertThat(message).contains("db.fastCommit", "V1__a.sql, ", "V2__b.sql were reported applied",
                "may have been lost").doesNotContain("V3__kill.sql were");
    }

    /** The problems of a run that must stop, or the message of the exception it stopped with. */
    private static String stopped(MigrationRunner runner) {
        try {
            RunResult r = runner.migrate(RunOptions.defaults());
            assertThat(r.ok()).isFalse();
            return String.join("\n", r.problems());
        } catch (DatabaseException e) {
            return e.getMessage();
        }
    }

    @Test
    void withoutFastCommitALostSessionNamesNothingAsMaybeLost() throws Exception {
        t.file("V1__a.sql", "CREATE TABLE a (id int);\n")
                .file("V2__kill.sql", "SELECT pg_terminate_backend(pg_backend_pid());\n");

        String message = stopped(t.runner());

        assertThat(message).contains("V2__kill.sql").doesNotContain("may have been lost");
        assertThat(t.db.query("SELECT string_agg(version, ',') FROM migration_guard_history")).isEqualTo("1");
    }

    @Test
    void theSessionKnowsItHasCommitsToFlushUntilItFlushesThem() throws Exception {
        t.file("V1__a.sql", "CREATE TABLE a (id int);\n");
        MigrationGuardConfig config = t.config().fastCommit(true).build();
        MigrationCatalog catalog = MigrationCatalog.load(config);
        Migration m = catalog.versioned().get(0);
        try (Session session = Session.open(config, t.runner(config).settings())) {
            session.lockAndCreateHistory(5);
            PreparedScript ps = new ScriptPreparer(config, new ScriptParser(new Classifier(
                    ClassifierOptions.tokensOnly())), session.serverMajor()).prepare(m, m.up());
            assertThat(session.hasUnflushedCommits()).isFalse();

            ScriptApplier.Outcome outcome = new ScriptApplier(config, session).apply(ps, new HistoryWrite() {
                @Override
                public void write(Connection c, int ms, boolean success) throws java.sql.SQLException {
                    session.history().insert(c, "1", "a", HistoryTable.TYPE_SQL, ps.path(), ps.checksum(), ms,
                            success);
                }

                @Override
                public String sql() {
                    return session.history().insertLiteral("1", "a", HistoryTable.TYPE_SQL, ps.path(),
                            ps.checksum());
                }
            }, true);

            assertThat(outcome.failure()).isNull();
            assertThat(session.hasUnflushedCommits()).isTrue();
            session.flushCommits();
            assertThat(session.hasUnflushedCommits()).isFalse();
            assertThat(session.connection().getAutoCommit()).isTrue();
        }
        assertThat(t.db.query("SELECT count(*) FROM migration_guard_history")).isEqualTo(1L);
    }

    @Test
    void historyLiteralsReadTheSameWhateverStandardConformingStringsSays() throws Exception {
        String text = "db\\migration\\V1__it's.sql";
        for (String setting : new String[] {"on", "off"}) {
            try (Connection c = t.db.connect(); java.sql.Statement st = c.createStatement()) {
                st.execute("SET standard_conforming_strings = " + setting);
                try (var rs = st.executeQuery("SELECT " + HistoryTable.literal(text))) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).as("standard_conforming_strings = " + setting).isEqualTo(text);
                }
            }
        }
        assertThat(HistoryTable.literal("plain 'text'")).isEqualTo("'plain ''text'''");
    }

    @Test
    void statusOrdersVersionsNumericallyThenRepeatablesAndSeesChangedRepeatables() throws Exception {
        t.file("V1__one.sql", "CREATE TABLE one (id int);\n").file("V1.10__ten.sql", "CREATE TABLE ten (id int);\n")
                .file("V1.9__nine.sql", "CREATE TABLE nine (id int);\n")
                .file("R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT 1 AS x;\n")
                .file("R__another.sql", "CREATE OR REPLACE VIEW w AS SELECT 2 AS x;\n");
        assertThat(t.runner().migrate(RunOptions.defaults()).ok()).isTrue();

        Files.delete(t.migrations.resolve("V1.9__nine.sql"));
        t.file("R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT 3 AS x;\n").file("V2__two.sql", "SELECT 2;\n");
        StatusReport status = t.runner().status();

        assertThat(status.entries()).extracting(e -> e.version() + ":" + e.description() + ":" + e.state().label())
                .containsExactly("1:one:applied", "1.9:nine:missing", "1.10:ten:applied", "2:two:pending",
                        ":another:applied", ":views:pending");
    }
}
