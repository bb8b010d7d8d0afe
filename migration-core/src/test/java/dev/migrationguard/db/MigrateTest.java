package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateTest {

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
    void appliesPendingMigrationsInVersionOrderAndRecordsThem() throws Exception {
        t.file("V2__add_email.sql", "ALTER TABLE users ADD COLUMN email text;\n")
                .file("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n")
                .file("V10__index.sql", "CREATE INDEX users_email ON users (email);\n");

        RunResult r = t.runner().migrate(RunOptions.defaults());

        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        assertThat(r.steps()).extracting(StepResult::version).containsExactly("1", "2", "10");
        assertThat(t.lines).anyMatch(l -> l.startsWith("applied 1") && l.contains("create users"));
        assertThat(t.lines.get(t.lines.size() - 1)).startsWith("applied 3 migration(s)").endsWith("version 10");
        assertThat(t.db.query("SELECT string_agg(version || ':' || success || ':' || type, ',' ORDER BY installed_rank)"
                + " FROM migration_guard_history")).isEqualTo("1:true:SQL,2:true:SQL,10:true:SQL");

        RunResult again = t.runner().migrate(RunOptions.defaults());
        assertThat(again.ok()).isTrue();
        assertThat(again.steps()).isEmpty();
        assertThat(again.summary()).contains("up to date at version 10");
    }

    @Test
    void targetStopsAtAVersion() throws Exception {
        t.file("V1__a.sql", "CREATE TABLE a (id int);\n").file("V2__b.sql", "CREATE TABLE b (id int);\n");
        RunResult r = t.runner().migrate(RunOptions.defaults().withTarget(
                dev.migrationguard.naming.MigrationVersion.parse("1")));
        assertThat(r.steps()).extracting(StepResult::version).containsExactly("1");
        assertThat(t.db.query("SELECT to_regclass('b') IS NULL")).isEqualTo(true);
    }

    @Test
    void failedTransactionalMigrationLeavesNoRowAndNoEffect() throws Exception {
        t.file("V1__ok.sql", "CREATE TABLE ok (id int);\n")
                .file("V2__broken.sql", "CREATE TABLE half (id int);\n\nINSERT INTO missing_table VALUES (1);\n");

        RunResult r = t.runner().migrate(RunOptions.defaults());

        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).singleElement().asString()
                .contains("V2__broken.sql:3:", "relation \"missing_table\" does not exist", "rolled back");
        assertThat(t.db.query("SELECT to_regclass('half') IS NULL")).isEqualTo(true);
        assertThat(t.db.query("SELECT count(*) FROM migration_guard_history")).isEqualTo(1L);

        t.file("V2__broken.sql", "CREATE TABLE half (id int);\n");
        assertThat(t.runner().migrate(RunOptions.defaults()).ok()).isTrue();
    }

    @Test
    void theFailingStatementOfAMigrationSentInOneRoundTripIsNamed() throws Exception {
        t.file("V1__many.sql", """
                CREATE TABLE first (id int);
                SELECT relname FROM pg_class LIMIT 3;
                INSERT INTO first VALUES (1);
                ALTER TABLE first
                  ADD COLUMN x int REFERENCES nowhere (id);
                CREATE TABLE after_it (id int);
                INSERT INTO first VALUES (2);
                """);

        RunResult r = t.runner().migrate(RunOptions.defaults());

        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).singleElement().asString()
                .contains("V1__many.sql:4:", "relation \"nowhere\" does not exist", "42P01", "ALTER TABLE first",
                        "rolled back")
                .doesNotContain("25P02");
        assertThat(t.db.query("SELECT to_regclass('first') IS NULL AND to_regclass('after_it') IS NULL"))
                .isEqualTo(true);
        assertThat(t.db.query("SELECT count(*) FROM migration_guard_history")).isEqualTo(0L);
    }

    @Test
    void withTheExtendedProtocolTheFailingStatementIsStillNamed() throws Exception {
        t.file("V1__many.sql",
                "CREATE TABLE first (id int);\nINSERT INTO missing VALUES (1);\nCREATE TABLE second (id int);\n");
        String url = t.db.url() + (t.db.url().contains("?") ? "&" : "?") + "preferQueryMode=extended";

        RunResult r = t.runner(t.config().dbUrl(url).build()).migrate(RunOptions.defaults());

        assertThat(r.problems()).singleElement().asString()
                .contains("V1__many.sql:2:", "relation \"missing\" does not exist", "rolled back");
        assertThat(t.db.query("SELECT to_regclass('first') IS NULL")).isEqualTo(true);
    }

    @Test
    void aMigrationThatControlsItsOwnTransactionStillNamesItsFailingStatement() throws Exception {
        t.file("V1__savepoints.sql", """
                CREATE TABLE sp (id int);
                SAVEPOINT before_insert;
                INSERT INTO sp VALUES (1);
                INSERT INTO missing VALUES (1);
                RELEASE SAVEPOINT before_insert;
                """);

        RunResult r = t.runner().migrate(RunOptions.defaults());

        assertThat(r.problems()).singleElement().asString()
                .contains("V1__savepoints.sql:4:", "relation \"missing\" does not exist");
        assertThat(t.db.query("SELECT to_regclass('sp') IS NULL")).isEqualTo(true);
        assertThat(t.db.query("SELECT count(*) FROM migration_guard_history")).isEqualTo(0L);
    }

    @Test
    void theHistoryRecordsTheServersExecutionTimeOfATransactionalMigration() throws Exception {
        t.file("V1__slow.sql", "CREATE TABLE s (id int);\nSELECT pg_sleep(0.2);\n");

        assertThat(t.runner().migrate(RunOptions.defaults()).ok()).isTrue();

        assertThat((Integer) t.db.query("SELECT execution_time_ms FROM migration_guard_history WHERE version = '1'"))
                .isBetween(200, 60_000);
    }

    @Test
    void anInvalidTimeoutIsTheServersErrorAndNothingIsApplied() throws Exception {
        t.file("V1__a.sql", "CREATE TABLE a (id int);\n");

        assertThatThrownBy(() -> t.runner(t.config().lockTimeout("soon").build()).migrate(RunOptions.defaults()))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("invalid value for parameter \"lock_timeout\": \"soon\"");
        assertThat(t.db.query("SELECT to_regclass('a') IS NULL")).isEqualTo(true);
        assertThat(t.db.query("SELECT count(*) FROM migration_guard_history")).isEqualTo(0L);
    }

    @Test
    void failedNonTransactionalMigrationIsRecordedAndBlocksUntilRepair() throws Exception {
        t.file("V1__t.sql", "CREATE TABLE t (id int, v int);\nINSERT INTO t VALUES (1, 1), (1, 2);\n")
                .file("V2__idx.sql", "CREATE INDEX CONCURRENTLY t_v ON t (v);\n"
                        + "CREATE UNIQUE INDEX CONCURRENTLY t_id ON t (id);\n");

        RunResult r = t.runner().migrate(RunOptions.defaults());

        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).singleElement().asString()
                .contains("V2__idx.sql:2:", "could not create unique index", "db:repair");
        assertThat(t.db.query("SELECT success FROM migration_guard_history WHERE version = '2'")).isEqualTo(false);
        assertThat(t.db.query("SELECT to_regclass('t_v') IS NOT NULL")).isEqualTo(true);

        RunResult blocked = t.runner().migrate(RunOptions.defaults());
        assertThat(blocked.ok()).isFalse();
        assertThat(blocked.problems()).anyMatch(p -> p.contains("failed part way") && p.contains("db:repair"));
        assertThat(t.runner().validate().ok()).isFalse();

        // a failed CREATE INDEX CONCURRENTLY leaves an invalid index behind: part of the manual clean-up
        t.db.execute("DROP INDEX t_v; DROP INDEX t_id; DELETE FROM t WHERE v = 2");
        assertThat(t.runner().repair().summary()).isEqualTo("repaired 1 history row(s)");
        RunResult after = t.runner().migrate(RunOptions.defaults());
        assertThat(after.ok()).as(after.problems().toString()).isTrue();
        assertThat(t.lines).anyMatch(l -> l.contains("[autocommit]"));
        assertThat(t.db.query("SELECT type FROM migration_guard_history WHERE version = '2'"))
                .isEqualTo("SQL_AUTOCOMMIT");
    }

    @Test
    void mixingTransactionalAndNonTransactionalStatementsIsRefusedUnlessAllowed() throws Exception {
        t.file("V1__mixed.sql", "CREATE TABLE m (id int);\nCREATE INDEX CONCURRENTLY m_id ON m (id);\n");

        RunResult refused = t.runner().migrate(RunOptions.defaults());
        assertThat(refused.ok()).isFalse();
        assertThat(refused.problems()).singleElement().asString()
                .contains("V1__mixed.sql:2", "CREATE INDEX CONCURRENTLY", "db.mixed=true");
        assertThat(t.db.query("SELECT to_regclass('m') IS NULL")).isEqualTo(true);

        RunResult allowed = t.runner(t.config().allowMixed(true).build()).migrate(RunOptions.defaults());
        assertThat(allowed.ok()).isTrue();
        assertThat(t.db.query("SELECT to_regclass('m_id') IS NOT NULL")).isEqualTo(true);
    }

    @Test
    void dollarQuotedBodiesAndCopyDataRunAsWritten() throws Exception {
        t.file("V1__fn.sql", """
                CREATE TABLE items (id int, name text);
                CREATE FUNCTION bump(i int) RETURNS int LANGUAGE plpgsql AS $body$
                BEGIN
                  -- a semicolon; inside the body
                  RETURN i + 1;
                END;
                $body$;
                COPY items (id, name) FROM stdin;
                1\tfirst; with semicolon
                2\tsecond
                \\.
                INSERT INTO items VALUES (bump(2), 'third');
                """);

        RunResult r = t.runner().migrate(RunOptions.defaults());

        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        assertThat(t.db.query("SELECT string_agg(id || '=' || name, '|' ORDER BY id) FROM items"))
                .isEqualTo("1=first; with semicolon|2=second|3=third");
    }

    @Test
    void psqlMetaCommandIsRefusedBeforeAnythingRuns() throws Exception {
        t.file("V1__a.sql", "CREATE TABLE a (id int);\n")
                .file("V2__meta.sql", "CREATE TABLE b (id int);\n\\i other.sql\n");

        RunResult r = t.runner().migrate(RunOptions.defaults());

        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).singleElement().asString().contains("V2__meta.sql:2", "psql meta-command");
        assertThat(t.db.query("SELECT to_regclass('a') IS NULL")).isEqualTo(true);
        assertThat(t.db.query("SELECT count(*) FROM migration_guard_history")).isEqualTo(0L);
    }

    @Test
    void statusAndValidateReportChangedMissingAndPending() throws Exception {
        t.file("V1__a.sql", "CREATE TABLE a (id int);\n").file("V2__b.sql", "CREATE TABLE b (id int);\n")
                .file("V3__c.sql", "CREATE TABLE c (id int);\n");
        t.runner().migrate(RunOptions.defaults().withTarget(dev.migrationguard.naming.MigrationVersion.parse("2")));
        assertThat(t.runner().validate().ok()).isTrue();

        // line endings and a BOM do not change a checksum
        t.file("V1__a.sql", "\uFEFFCREATE TABLE a (id int);\r\n");
        assertThat(t.runner().validate().ok()).isTrue();

        t.file("V1__a.sql", "CREATE TABLE a (id bigint);\n");
        Files.delete(t.migrations.resolve("V2__b.sql"));
        StatusReport status = t.runner().status();
        assertThat(status.entries()).extracting(e -> e.version() + ":" + e.state().label())
                .containsExactly("1:changed", "2:missing", "3:pending");
        assertThat(status.toText()).contains("changed", "missing", "pending", "1 pending, 0 out-of-order, 0 failed, 1 changed, 1 missing");
        assertThat(status.toJson()).contains("\"state\" : \"changed\"", "\"version\" : \"3\"");

        RunResult v = t.runner().validate();
        assertThat(v.ok()).isFalse();
        assertThat(v.problems()).hasSize(2);
        assertThat(v.problems().get(0)).contains("V1__a.sql", "checksum");
        assertThat(v.problems().get(1)).contains("V2__b.sql", "file is gone");
        assertThat(t.runner().migrate(RunOptions.defaults()).ok()).isFalse();
    }

    @Test
    void outOfOrderPendingMigrationIsRefusedUnlessAllowed() throws Exception {
        t.file("V1__a.sql", "CREATE TABLE a (id int);\n").file("V3__c.sql", "CREATE TABLE c (id int);\n");
        t.runner().migrate(RunOptions.defaults());
        t.file("V2__b.sql", "CREATE TABLE b (id int);\n");

        RunResult refused = t.runner().migrate(RunOptions.defaults());
        assertThat(refused.problems()).singleElement().asString().contains("V2__b.sql", "below the highest", "db.outOfOrder");
        assertThat(t.runner(t.config().outOfOrder(true).build()).migrate(RunOptions.defaults()).steps())
                .extracting(StepResult::version).containsExactly("2");
    }

    @Test
    void dryRunPrintsTheSqlWithHistoryStatementsWithoutChangingAnything() throws Exception {
        t.file("V1__a.sql", "CREATE TABLE a (id int);\n");
        Path out = project.resolve("target/dry.sql");

        RunResult r = t.runner(t.config().lockTimeout("3s").build())
                .migrate(RunOptions.defaults().withDryRun(true, out));

        assertThat(r.ok()).isTrue();
        assertThat(Files.readString(out)).contains("CREATE TABLE IF NOT EXISTS", "BEGIN;",
                "SET LOCAL lock_timeout = '3s';", "CREATE TABLE a (id int);", "INSERT INTO", "'1'", "COMMIT;");
        assertThat(t.db.query("SELECT to_regclass('migration_guard_history') IS NULL")).isEqualTo(true);
        assertThat(t.db.query("SELECT to_regclass('a') IS NULL")).isEqualTo(true);
    }

    @Test
    void lockAndStatementTimeoutsApplyPerMigration() throws Exception {
        t.file("V1__slow.sql", "SELECT pg_sleep(2);\n");
        RunResult r = t.runner(t.config().statementTimeout("200ms").build()).migrate(RunOptions.defaults());
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).singleElement().asString().contains("statement timeout");
    }

    @Test
    void timeoutsApplyToAnAutocommitMigrationToo() throws Exception {
        t.file("20240101000000_slow.sql", """
                -- migrate:up transaction:false
                SELECT pg_sleep(2);
                -- migrate:down
                SELECT 1;
                """);
        RunResult r = t.runner(t.config().statementTimeout("200ms").build()).migrate(RunOptions.defaults());
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).singleElement().asString().contains("20240101000000_slow.sql:2:", "statement timeout",
                "autocommit");
    }

    @Test
    void dbmateAndGooseScriptsRunTheirUpSection() throws Exception {
        t.file("20240101000000_create.sql", """
                -- migrate:up
                CREATE TABLE d (id int);
                -- migrate:down
                DROP TABLE d;
                """);
        RunResult r = t.runner().migrate(RunOptions.defaults());
        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        assertThat(t.db.query("SELECT to_regclass('d') IS NOT NULL")).isEqualTo(true);
        assertThat(t.runner().rollback(RunOptions.defaults()).ok()).isTrue();
        assertThat(t.db.query("SELECT to_regclass('d') IS NULL")).isEqualTo(true);
    }

    static List<String> versions(RunResult r) {
        return r.steps().stream().map(StepResult::version).toList();
    }
}
