package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An autocommit migration is recorded as started before it runs: a session lost in the middle leaves a dirty row that
 * stops the next run (naming the INVALID index left behind), fails validation and shows in the status, until the user
 * checks and runs db:repair. A history table of the previous layout is upgraded in place.
 */
class DirtyMigrationTest {

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
    void aBackendTerminatedDuringCreateIndexConcurrentlyLeavesADirtyRowThatStopsTheNextRunUntilRepair()
            throws Exception {
        String index = "ix_" + t.db.schema();
        t.file("V1__t.sql", "CREATE TABLE t (id int, v int);\nINSERT INTO t SELECT g, g FROM generate_series(1, 1000) g;\n")
                .file("V2__idx.sql", "CREATE INDEX CONCURRENTLY IF NOT EXISTS " + index + " ON t (v);\n");
        assertThat(t.runner().migrate(RunOptions.defaults().withTarget(
                dev.migrationguard.naming.MigrationVersion.parse("1"))).ok()).isTrue();

        RunResult interrupted;
        try (Connection blocker = t.db.connect(); Connection killer = t.db.connect()) {
            // an open writing transaction on t: CREATE INDEX CONCURRENTLY commits its (invalid) index, then waits for it
            blocker.setAutoCommit(false);
            try (Statement st = blocker.createStatement()) {
                st.execute("INSERT INTO t VALUES (0, 0)");
            }
            CompletableFuture<RunResult> run = CompletableFuture.supplyAsync(
                    () -> t.runner().migrate(RunOptions.defaults()));
            int pid = waitingBackend(killer, index, run);
            try (Statement st = killer.createStatement()) {
                st.execute("SELECT pg_terminate_backend(" + pid + ")");
            }
            interrupted = run.get(60, TimeUnit.SECONDS);
            blocker.rollback();
        }

        assertThat(interrupted.ok()).isFalse();
        assertThat(interrupted.problems()).singleElement().asString()
                .contains("V2__idx.sql:1:", "session ended", "recorded as started", "db:repair")
                .doesNotContain("recorded as failed");
        assertThat(t.db.query("SELECT state || ':' || success FROM migration_guard_history WHERE version = '2'"))
                .isEqualTo("started:false");
        assertThat(t.db.query("SELECT NOT indisvalid FROM pg_index WHERE indexrelid = '" + index + "'::regclass"))
                .isEqualTo(true);

        RunResult again = t.runner().migrate(RunOptions.defaults());
        assertThat(again.ok()).isFalse();
        assertThat(again.steps()).isEmpty();
        assertThat(again.problems()).singleElement().asString()
                .contains("V2__idx.sql", "migration 2 (idx)", "never finished", "INVALID",
                        t.db.schema() + "." + index + " on " + t.db.schema() + ".t",
                        "DROP INDEX CONCURRENTLY \"" + t.db.schema() + "\".\"" + index + "\"", "db:repair");
        assertThat(t.db.query("SELECT success FROM migration_guard_history WHERE version = '2'")).isEqualTo(false);

        RunResult validation = t.runner().validate();
        assertThat(validation.ok()).isFalse();
        assertThat(validation.problems()).singleElement().asString().contains("never finished", index);
        StatusReport status = t.runner().status();
        assertThat(status.entries()).extracting(e -> e.version() + ":" + e.state().label())
                .containsExactly("1:applied", "2:dirty");
        assertThat(status.toText()).contains("dirty", "1 dirty");

        t.db.execute("DROP INDEX CONCURRENTLY " + index);
        RunResult repaired = t.runner().repair();
        assertThat(repaired.summary()).isEqualTo("repaired 1 history row(s)");
        assertThat(t.lines).anyMatch(l -> l.contains("removed the unfinished row of 2"));
        RunResult after = t.runner().migrate(RunOptions.defaults());
        assertThat(after.ok()).as(after.problems().toString()).isTrue();
        assertThat(t.db.query("SELECT indisvalid FROM pg_index WHERE indexrelid = '" + index + "'::regclass"))
                .isEqualTo(true);
        assertThat(t.db.query("SELECT string_agg(version || ':' || state || ':' || success, ',' ORDER BY "
                + "installed_rank) FROM migration_guard_history")).isEqualTo("1:finished:true,2:finished:true");
        assertThat(t.runner().validate().ok()).isTrue();
    }

    /** The pid of the backend running the migration's CREATE INDEX CONCURRENTLY once it waits for a lock. */
    private static int waitingBackend(Connection c, String index, CompletableFuture<RunResult> run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertThat(run).as("the migration must wait for the open transaction").isNotDone();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                         + "AND query LIKE '%CONCURRENTLY IF NOT EXISTS " + index + " %'")) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("CREATE INDEX CONCURRENTLY never waited for the open transaction");
    }

    @Test
    void aFailedUniqueIndexNamesTheInvalidIndexItLeavesAndHowToDropIt() throws Exception {
        t.file("V1__t.sql", "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1), (1);\n")
                .file("V2__idx.sql", "CREATE UNIQUE INDEX CONCURRENTLY t_id ON t (id);\n");

        RunResult r = t.runner().migrate(RunOptions.defaults());

        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).singleElement().asString()
                .contains("V2__idx.sql:1:", "could not create unique index", "recorded as failed",
                        "INVALID index", t.db.schema() + ".t_id on " + t.db.schema() + ".t",
                        "DROP INDEX CONCURRENTLY \"" + t.db.schema() + "\".\"t_id\"", "db:repair");
        assertThat(t.db.query("SELECT state || ':' || success FROM migration_guard_history WHERE version = '2'"))
                .isEqualTo("finished:false");
        assertThat(t.runner().status().entries()).extracting(e -> e.state().label())
                .containsExactly("applied", "failed");
    }

    @Test
    void aHistoryTableOfThePreviousLayoutIsReadAndUpgradedInPlace() throws Exception {
        t.db.execute("""
                CREATE TABLE migration_guard_history (
                    installed_rank integer PRIMARY KEY,
                    version varchar(50),
                    description varchar(200) NOT NULL,
                    type varchar(20) NOT NULL,
                    script varchar(1000) NOT NULL,
                    checksum integer,
                    installed_by varchar(100) NOT NULL,
                    installed_on timestamp NOT NULL DEFAULT now(),
                    execution_time_ms integer NOT NULL,
                    success boolean NOT NULL
                );
                CREATE TABLE a (id int);
                """);
        t.file("V1__a.sql", "CREATE TABLE a (id int);\n").file("V2__b.sql", "CREATE TABLE b (id int);\n");
        MigrationCatalog catalog = MigrationCatalog.load(t.config().build());
        catalog.computeChecksums(catalog.upScripts());
        Integer checksum = catalog.checksum(catalog.versioned().get(0).up());
        t.db.execute("INSERT INTO migration_guard_history VALUES (1, '1', 'a', 'SQL', 'V1__a.sql', " + checksum
                + ", 'someone', now(), 3, true)");

        StatusReport before = t.runner().status();
        assertThat(before.entries()).extracting(e -> e.version() + ":" + e.state().label())
                .containsExactly("1:applied", "2:pending");
        assertThat(t.runner().validate().ok()).isTrue();
        assertThat(t.db.query("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                + "AND table_name = 'migration_guard_history' AND column_name = 'state'")).isEqualTo(0L);

        RunResult r = t.runner().migrate(RunOptions.defaults());

        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        assertThat(r.steps()).extracting(StepResult::version).containsExactly("2");
        assertThat(t.db.query("SELECT string_agg(version || ':' || state || ':' || success, ',' ORDER BY "
                + "installed_rank) FROM migration_guard_history")).isEqualTo("1:finished:true,2:finished:true");
        // a second run finds the column and changes nothing
        assertThat(t.runner().migrate(RunOptions.defaults()).summary()).contains("up to date at version 2");
    }

    @Test
    void whileAnAutocommitMigrationRunsItsRowSaysStartedAndOnceItEndsFinished() throws Exception {
        long gate = Math.abs((long) t.db.schema().hashCode());
        t.file("20240101000000_gated.sql", "-- migrate:up transaction:false\nSELECT pg_advisory_xact_lock(" + gate + ");\n"
                + "CREATE TABLE done (id int);\n-- migrate:down\nDROP TABLE done;\n");
        CompletableFuture<RunResult> run;
        Object whileRunning = null;
        try (Connection holder = DriverManager.getConnection(t.db.url());
             Connection reader = DriverManager.getConnection(t.db.url())) {
            try (Statement st = holder.createStatement()) {
                st.execute("SELECT pg_advisory_lock(" + gate + ")");
            }
            run = CompletableFuture.supplyAsync(() -> t.runner().migrate(RunOptions.defaults()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (whileRunning == null && System.nanoTime() < deadline) {
                assertThat(run).as("the migration waits for the gate").isNotDone();
                try (Statement st = reader.createStatement();
                     ResultSet rs = st.executeQuery("SELECT state FROM " + t.db.schema()
                             + ".migration_guard_history WHERE version = '20240101000000'")) {
                    whileRunning = rs.next() ? rs.getString(1) : null;
                } catch (java.sql.SQLException e) {
                    // the history table is not there yet
                }
                Thread.sleep(20);
            }
            assertThat(t.db.query("SELECT to_regclass('done') IS NULL")).isEqualTo(true);
            try (Statement st = holder.createStatement()) {
                st.execute("SELECT pg_advisory_unlock(" + gate + ")");
            }
        }
        RunResult r = run.get(60, TimeUnit.SECONDS);
        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        assertThat(whileRunning).isEqualTo("started");
        assertThat(t.db.query("SELECT state || ':' || success FROM migration_guard_history WHERE version = '20240101000000'"))
                .isEqualTo("finished:true");
    }
}
