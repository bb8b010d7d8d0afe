package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code db:baseline -Ddb.importFrom=flyway} on a history written by Flyway itself: its BASELINE row and its
 * repeatable rows are honoured, so nothing Flyway applied or baselined runs again.
 */
class FlywayImportTest {

    /** Flyway logs every step at INFO through java.util.logging; the build log keeps only its warnings. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

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

    private Flyway flyway(String baselineVersion) {
        return Flyway.configure()
                .dataSource(t.db.url(), null, null)
                .schemas(t.db.schema())
                .defaultSchema(t.db.schema())
                .locations("filesystem:" + t.migrations)
                .baselineVersion(baselineVersion)
                .load();
    }

    /** A live schema that V1 and V2 built before Flyway came, baselined at 2, then V3 and a view applied by Flyway. */
    private void flywayHistoryWithBaselineAndRepeatable() throws Exception {
        t.file("V1__users.sql", "CREATE TABLE users (id int);\n")
                .file("V2__orders.sql", "CREATE TABLE orders (id int);\n")
                .file("V3__items.sql", "CREATE TABLE items (id int);\n")
                .file("R__user_count.sql", "CREATE OR REPLACE VIEW user_count AS SELECT count(*) AS n FROM users;\n");
        t.db.execute("CREATE TABLE users (id int); CREATE TABLE orders (id int)");
        Flyway flyway = flyway("2");
        flyway.baseline();
        flyway.migrate();
        assertThat(t.db.query("SELECT string_agg(coalesce(version, 'R') || ':' || type, ',' ORDER BY installed_rank) "
                + "FROM flyway_schema_history")).isEqualTo("2:BASELINE,3:SQL,R:SQL");
    }

    @Test
    void versionsAtOrBelowFlywaysBaselineAreBelowBaselineAndNeverRun() throws Exception {
        flywayHistoryWithBaselineAndRepeatable();

        RunResult imported = t.runner().baseline(RunOptions.defaults().withImportFrom("flyway"));

        assertThat(imported.ok()).as(imported.problems().toString()).isTrue();
        assertThat(t.lines).contains("imported 2 applied version(s) and 1 repeatable row(s) from " + t.db.schema()
                + ".flyway_schema_history");
        assertThat(t.lines).anyMatch(l -> l.startsWith("Flyway's baseline is version 2: the 1 migration(s) below it"));
        StatusReport status = t.runner().status();
        assertThat(status.entries()).extracting(e -> e.version() + ":" + e.state().label())
                .containsExactly("1:below-baseline", "2:baseline", "3:applied", ":applied");
        assertThat(status.summary()).endsWith("3 applied, 0 pending, 0 out-of-order, 0 failed, 0 changed, 0 missing, "
                + "1 below baseline");
        RunResult validated = t.runner().validate();
        assertThat(validated.ok()).as(validated.problems().toString()).isTrue();

        // neither V1 (its table exists on this live schema) nor the repeatable runs again, not even out of order
        RunResult migrated = t.runner(t.config().outOfOrder(true).build()).migrate(RunOptions.defaults());
        assertThat(migrated.ok()).as(migrated.problems().toString()).isTrue();
        assertThat(migrated.steps()).isEmpty();
        assertThat(migrated.summary()).contains("up to date at version 3");
    }

    @Test
    void anImportedRepeatableRunsAgainOnlyOnceItsFileChanges() throws Exception {
        flywayHistoryWithBaselineAndRepeatable();
        assertThat(t.runner().baseline(RunOptions.defaults().withImportFrom("flyway")).ok()).isTrue();
        assertThat(t.runner().migrate(RunOptions.defaults()).steps()).isEmpty();

        t.file("R__user_count.sql", "CREATE OR REPLACE VIEW user_count AS SELECT count(*) AS n, max(id) AS top "
                + "FROM users;\n");
        RunResult migrated = t.runner().migrate(RunOptions.defaults());

        assertThat(migrated.ok()).as(migrated.problems().toString()).isTrue();
        assertThat(migrated.steps()).extracting(StepResult::description).containsExactly("user count");
        assertThat(t.db.query("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                + "AND table_name = 'user_count'")).isEqualTo(2L);
    }
}
