package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One history table spelled several ways takes one advisory lock: concurrent runs never apply a migration twice. */
class LockSpellingTest {

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

    /** The schema named by db.schema, and the same schema reached through the session's search path only. */
    private MigrationGuardConfig spelling(int i) {
        MigrationGuardConfig.Builder b = t.config();
        if (i % 2 == 1) {
            String url = t.db.url();
            b.historySchema(null).dbUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + t.db.schema());
        }
        return b.lockWaitSeconds(120).build();
    }

    @Test
    void everySpellingOfOneTableTakesOneLock() throws Exception {
        try (Connection c = t.db.connect()) {
            HistoryTable qualified = new HistoryTable(t.db.schema(), MigrationGuardConfig.DEFAULT_HISTORY_TABLE);
            HistoryTable unqualified = new HistoryTable(null, MigrationGuardConfig.DEFAULT_HISTORY_TABLE);
            assertThat(AdvisoryLock.canonicalName(c, unqualified))
                    .isEqualTo(AdvisoryLock.canonicalName(c, qualified))
                    .isEqualTo(t.db.schema() + "." + MigrationGuardConfig.DEFAULT_HISTORY_TABLE);
        }
    }

    @Test
    void eightConcurrentRunsWithMixedSpellingsApplyEachMigrationOnce() throws Exception {
        for (int v = 1; v <= 6; v++) {
            // the sleep widens the window in which two runs that took different locks would both apply V<v>
            t.file("V" + v + "__step_" + v + ".sql", "CREATE TABLE step_" + v + " (id int);\n"
                    + "SELECT pg_sleep(0.1);\n");
        }
        int runs = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        List<Future<RunResult>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < runs; i++) {
                MigrationGuardConfig config = spelling(i);
                Callable<RunResult> run = () -> {
                    start.await();
                    return new MigrationRunner(config, line -> { }, Map.of()).migrate(RunOptions.defaults());
                };
                futures.add(pool.submit(run));
            }
            start.countDown();
            List<Integer> appliedPerRun = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                RunResult r = f.get();
                assertThat(r.ok()).as(r.summary() + " " + r.problems()).isTrue();
                appliedPerRun.add(r.steps().size());
                if (r.steps().isEmpty()) {
                    assertThat(r.summary()).contains("up to date at version 6");
                }
            }
            // the run that takes the lock first applies all six; the seven others wait, then find nothing to do
            assertThat(appliedPerRun).containsOnly(0, 6).filteredOn(n -> n == 6).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(t.db.query("SELECT string_agg(version, ',' ORDER BY installed_rank) FROM migration_guard_history"))
                .isEqualTo("1,2,3,4,5,6");
        assertThat(t.db.query("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                + "AND tablename LIKE 'step_%'")).isEqualTo(6L);
    }
}
