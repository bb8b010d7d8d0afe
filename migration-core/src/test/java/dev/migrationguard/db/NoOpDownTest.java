package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.EmptyDown;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deliberate no-op downs roll back by recording the version as undone; irreversible downs still refuse. */
class NoOpDownTest {

    @TempDir
    Path project;
    RunnerTestSupport t;

    @BeforeEach
    void setUp() throws Exception {
        t = new RunnerTestSupport(project);
        t.file("1_a.up.sql", "CREATE TABLE a (id int);\n").file("1_a.down.sql", "DROP TABLE a;\n")
                .file("2_b.up.sql", "CREATE TABLE b (id int);\n").file("2_b.down.sql", "")
                .file("3_c.up.sql", "CREATE TABLE c (id int);\n")
                .file("3_c.down.sql", "-- migration-guard:no-op c is dropped by the cleanup job\n");
        RunResult migrated = t.runner().migrate(RunOptions.defaults());
        assertThat(migrated.ok()).as(migrated.problems().toString()).isTrue();
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    @Test
    void emptyAndMarkedDownsRollBackAsNoOpsByDefault() throws Exception {
        RunResult r = t.runner().rollback(RunOptions.defaults().withSteps(3));

        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        assertThat(r.steps()).extracting(StepResult::version).containsExactly("3", "2", "1");
        assertThat(t.lines).anyMatch(l -> l.startsWith("rolled back 3") && l.contains("no-op down: c is dropped by "
                + "the cleanup job: nothing run, recorded as undone"));
        assertThat(t.lines).anyMatch(l -> l.startsWith("rolled back 2") && l.contains("no-op down: nothing run"));
        assertThat(t.db.query("SELECT count(*) FROM migration_guard_history")).isEqualTo(0L);
        // the no-op downs ran nothing: b and c stay, a was dropped by its real down
        assertThat(t.db.query("SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables "
                + "WHERE schemaname = current_schema() AND tablename IN ('a', 'b', 'c')")).isEqualTo("b,c");
    }

    @Test
    void withEmptyDownErrorOnlyTheMarkedDownIsANoOp() throws Exception {
        RunResult refused = t.runner(t.config().emptyDown(EmptyDown.ERROR).build())
                .rollback(RunOptions.defaults().withSteps(2));

        assertThat(refused.ok()).isFalse();
        assertThat(refused.summary()).isEqualTo("nothing was rolled back");
        assertThat(refused.problems()).singleElement().asString()
                .contains("2_b.down.sql", "empty", "emptyDown: error", "-- migration-guard:no-op <reason>");
        assertThat(t.db.query("SELECT count(*) FROM migration_guard_history")).isEqualTo(3L);

        RunResult one = t.runner(t.config().emptyDown(EmptyDown.ERROR).build()).rollback(RunOptions.defaults());
        assertThat(one.ok()).as(one.problems().toString()).isTrue();
        assertThat(one.steps()).extracting(StepResult::version).containsExactly("3");
        assertThat(t.db.query("SELECT string_agg(version, ',' ORDER BY installed_rank) FROM migration_guard_history"))
                .isEqualTo("1,2");
    }

    @Test
    void anIrreversibleDownStillRefuses() throws Exception {
        t.file("3_c.down.sql", "-- migration-guard:irreversible the data of c cannot be rebuilt\n");

        RunResult r = t.runner().rollback(RunOptions.defaults());

        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).singleElement().asString().contains("3_c.down.sql", "irreversible",
                "the data of c cannot be rebuilt");
        assertThat(t.db.query("SELECT count(*) FROM migration_guard_history")).isEqualTo(3L);
    }

    @Test
    void redoRefusesANoOpDownRatherThanApplyTheUpOnTopOfItself() throws Exception {
        RunResult r = t.runner().redo();

        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).singleElement().asString().contains("3_c.down.sql", "is a no-op", "db:redo");
        assertThat(t.db.query("SELECT string_agg(version, ',' ORDER BY installed_rank) FROM migration_guard_history"))
                .isEqualTo("1,2,3");
    }

    @Test
    void aDryRunPrintsOnlyTheHistoryDeleteOfANoOpDown() throws Exception {
        RunResult r = t.runner().rollback(RunOptions.defaults().withDryRun(true, null));

        assertThat(r.ok()).isTrue();
        assertThat(r.sql()).contains("3_c.down.sql: no-op down, nothing to run", "DELETE FROM");
        assertThat(t.db.query("SELECT count(*) FROM migration_guard_history")).isEqualTo(3L);
    }
}
