package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.naming.MigrationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunnerGoalsTest {

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
    void eightConcurrentMigratorsApplyEachMigrationExactlyOnce() throws Exception {
        for (int i = 1; i <= 20; i++) {
            t.file("V" + i + "__step.sql", "CREATE TABLE t" + i + " (id int);\nINSERT INTO t" + i + " VALUES (" + i
                    + ");\n");
        }
        t.file("V21__concurrent_index.sql", "CREATE INDEX CONCURRENTLY t1_id ON t1 (id);\n");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RunResult>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Callable<RunResult> run = () -> {
                start.await();
                return t.runner().migrate(RunOptions.defaults());
            };
            results.add(pool.submit(run));
        }
        start.countDown();
        int applied = 0;
        for (Future<RunResult> f : results) {
            RunResult r = f.get(120, TimeUnit.SECONDS);
            assertThat(r.ok()).as(r.problems().toString()).isTrue();
            applied += r.steps().size();
        }
        pool.shutdown();
        assertThat(applied).isEqualTo(21);
        assertThat(t.db.query("SELECT count(*) FROM migration_guard_history")).isEqualTo(21L);
        assertThat(t.db.query("SELECT count(DISTINCT version) FROM migration_guard_history")).isEqualTo(21L);
        assertThat(t.db.query("SELECT sum(id) FROM t5")).isEqualTo(5L);
    }

    @Test
    void backendKilledMidMigrationLeavesNothingAndTheNextRunApplies() throws Exception {
        t.file("V1__slow.sql", "CREATE TABLE victim (id int);\nSELECT pg_sleep(30);\n");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Object> run = pool.submit(() -> {
            try {
                return t.runner().migrate(RunOptions.defaults());
            } catch (DatabaseException e) {
                return e;
            }
        });
        Object pid = null;
        for (int i = 0; i < 200 && pid == null; i++) {
            Thread.sleep(50);
            pid = t.db.query("SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%' "
                    + "AND application_name = 'migration-guard'");
        }
        assertThat(pid).as("the migration's backend").isNotNull();
        assertThat(t.db.query("SELECT pg_terminate_backend(" + pid + ")")).isEqualTo(true);
        Object outcome = run.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        String message = outcome instanceof RunResult r ? String.join("\n", r.problems())
                : ((DatabaseException) outcome).getMessage();
        assertThat(outcome instanceof RunResult r ? r.ok() : false).isFalse();
        assertThat(message).contains("V1__slow.sql:2:", "pg_sleep");
        assertThat(t.db.query("SELECT to_regclass('victim') IS NULL")).isEqualTo(true);
        assertThat(t.db.query("SELECT count(*) FROM migration_guard_history")).isEqualTo(0L);

        t.file("V1__slow.sql", "CREATE TABLE victim (id int);\n");
        RunResult again = t.runner().migrate(RunOptions.defaults());
        assertThat(again.ok()).as(again.problems().toString()).isTrue();
    }

    @Test
    void rollbackRunsDownsNewestFirstAndRedoReapplies() throws Exception {
        t.file("V1__a.sql", "CREATE TABLE a (id int);\n").file("U1__a.sql", "DROP TABLE a;\n")
                .file("V2__b.sql", "CREATE TABLE b (id int);\n").file("U2__b.sql", "DROP TABLE b;\n")
                .file("V3__c.sql", "CREATE TABLE c (id int);\n").file("U3__c.sql", "DROP TABLE c;\n");
        t.runner().migrate(RunOptions.defaults());

        RunResult one = t.runner().rollback(RunOptions.defaults());
        assertThat(one.steps()).extracting(StepResult::version).containsExactly("3");
        assertThat(t.db.query("SELECT to_regclass('c') IS NULL")).isEqualTo(true);

        RunResult redo = t.runner().redo();
        assertThat(redo.ok()).isTrue();
        assertThat(redo.steps()).extracting(StepResult::version).containsExactly("2");
        assertThat(t.db.query("SELECT count(*) FROM migration_guard_history")).isEqualTo(2L);

        RunResult toOne = t.runner().rollback(RunOptions.defaults().withTarget(MigrationVersion.parse("1")));
        assertThat(toOne.steps()).extracting(StepResult::version).containsExactly("2");
        RunResult dry = t.runner().rollback(RunOptions.defaults().withDryRun(true, null));
        assertThat(dry.sql()).contains("DROP TABLE a;", "DELETE FROM", "WHERE installed_rank = 1 AND version = '1'");
        assertThat(t.db.query("SELECT to_regclass('a') IS NOT NULL")).isEqualTo(true);
    }

    @Test
    void rollbackRefusesMissingAndIrreversibleDowns() throws Exception {
        t.file("V1__a.sql", "CREATE TABLE a (id int);\n")
                .file("V2__b.sql", "CREATE TABLE b (id int);\n")
                .file("U2__b.sql", "-- migration-guard:irreversible data is gone for good\n");
        t.runner().migrate(RunOptions.defaults());

        RunResult irreversible = t.runner().rollback(RunOptions.defaults());
        assertThat(irreversible.ok()).isFalse();
        assertThat(irreversible.problems()).singleElement().asString()
                .contains("U2__b.sql", "irreversible", "data is gone for good");

        RunResult missing = t.runner().rollback(RunOptions.defaults().withTarget(MigrationVersion.parse("0")));
        assertThat(missing.ok()).isFalse();
        assertThat(missing.problems()).anyMatch(p -> p.contains("V1__a.sql") && p.contains("no down script"));
        assertThat(t.db.query("SELECT count(*) FROM migration_guard_history")).isEqualTo(2L);
    }

    @Test
    void repairRealignsChecksumsAfterReview() throws Exception {
        t.file("V1__a.sql", "CREATE TABLE a (id int);\n");
        t.runner().migrate(RunOptions.defaults());
        t.file("V1__a.sql", "-- reviewed: comment added later\nCREATE TABLE a (id int);\n");
        assertThat(t.runner().validate().ok()).isFalse();

        RunResult repaired = t.runner().repair();
        assertThat(repaired.summary()).isEqualTo("repaired 1 history row(s)");
        assertThat(t.lines).anyMatch(l -> l.startsWith("realigned the checksum of 1"));
        assertThat(t.runner().validate().ok()).isTrue();
    }

    @Test
    void baselineRunsTheNewestBaselineScriptOnAnEmptyDatabase() throws Exception {
        t.file("B2__schema.sql", "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n")
                .file("V1__a.sql", "CREATE TABLE a (id int);\n")
                .file("V2__b.sql", "CREATE TABLE b (id int);\n")
                .file("V3__c.sql", "CREATE TABLE c (id int);\n");

        RunResult b = t.runner().baseline(RunOptions.defaults());
        assertThat(b.ok()).as(b.problems().toString()).isTrue();
        assertThat(b.steps()).extracting(StepResult::version).containsExactly("1", "2");

        RunResult m = t.runner().migrate(RunOptions.defaults());
        assertThat(m.steps()).extracting(StepResult::version).containsExactly("3");
        assertThat(t.runner().status().entries()).extracting(e -> e.version() + ":" + e.state().label())
                .containsExactly("1:baseline", "2:baseline", "3:applied");
    }

    @Test
    void baselineVersionMarksAnExistingDatabase() throws Exception {
        t.db.execute("CREATE TABLE legacy (id int)");
        t.file("V1__legacy.sql", "CREATE TABLE legacy (id int);\n").file("V2__more.sql", "CREATE TABLE more (id int);\n");

        RunResult refused = t.runner().baseline(RunOptions.defaults());
        assertThat(refused.ok()).isFalse();

        RunResult b = t.runner().baseline(RunOptions.defaults().withBaselineVersion("1"));
        assertThat(b.ok()).isTrue();
        assertThat(t.runner().migrate(RunOptions.defaults()).steps()).extracting(StepResult::version)
                .containsExactly("2");
    }

    @Test
    void flywayHistoryIsImportedWhenEveryFileStillMatches() throws Exception {
        t.file("V1__a.sql", "CREATE TABLE a (id int);\n").file("V2__b.sql", "CREATE TABLE b (id int);\n")
                .file("V3__c.sql", "CREATE TABLE c (id int);\n");
        int c1 = dev.migrationguard.naming.Checksums.ofText("CREATE TABLE a (id int);\n");
        int c2 = dev.migrationguard.naming.Checksums.ofText("CREATE TABLE b (id int);\n");
        t.db.execute("CREATE TABLE a (id int); CREATE TABLE b (id int);"
                + "CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version varchar(50), "
                + "description varchar(200), type varchar(20), script varchar(1000), checksum int, "
                + "installed_by varchar(100), installed_on timestamp DEFAULT now(), execution_time int, success bool);"
                + "INSERT INTO flyway_schema_history VALUES (1, '1', 'a', 'SQL', 'V1__a.sql', " + c1
                + ", 'app', now(), 5, true), (2, '2', 'b', 'SQL', 'V2__b.sql', " + (c2 + 1) + ", 'app', now(), 5, true)");

        RunResult mismatch = t.runner().baseline(RunOptions.defaults().withImportFrom("flyway"));
        assertThat(mismatch.ok()).isFalse();
        assertThat(mismatch.problems()).singleElement().asString().contains("V2__b.sql", "checksum");

        t.db.execute("UPDATE flyway_schema_history SET checksum = " + c2 + " WHERE version = '2'");
        RunResult imported = t.runner().baseline(RunOptions.defaults().withImportFrom("flyway"));
        assertThat(imported.ok()).as(imported.problems().toString()).isTrue();
        assertThat(t.db.query("SELECT string_agg(version || ':' || installed_by, ',' ORDER BY installed_rank) "
                + "FROM migration_guard_history")).isEqualTo("1:app,2:app");
        assertThat(t.runner().migrate(RunOptions.defaults()).steps()).extracting(StepResult::version)
                .containsExactly("3");
    }

    @Test
    void customHistoryTableNameIsUsed() throws Exception {
        t.file("V1__a.sql", "CREATE TABLE a (id int);\n");
        RunResult r = t.runner(t.config().historyTable("schema_log").build()).migrate(RunOptions.defaults());
        assertThat(r.ok()).isTrue();
        assertThat(t.db.query("SELECT count(*) FROM schema_log")).isEqualTo(1L);
        assertThat(Files.exists(project)).isTrue();
    }
}
