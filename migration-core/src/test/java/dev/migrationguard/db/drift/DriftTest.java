package dev.migrationguard.db.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.DatabaseException;
import dev.migrationguard.db.MigrationRunner;
import dev.migrationguard.db.RunOptions;
import dev.migrationguard.db.RunResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drift on a real PostgreSQL: a migrated database, changed by hand or not. */
class DriftTest {

    @TempDir
    Path project;
    Path migrations;
    DriftDatabase db;
    final List<String> notes = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        migrations = project.resolve(MigrationGuardConfig.DEFAULT_LOCATION);
        Files.createDirectories(migrations);
        db = DriftDatabase.create();
        file("V1__users.sql", """
                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, age integer,
                    CONSTRAINT users_age_positive CHECK (age > 0));
                CREATE INDEX users_email_idx ON users (email);
                """);
        file("V2__orders.sql", """
                CREATE TYPE order_state AS ENUM ('new', 'paid');
                CREATE TABLE orders (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id),
                    state order_state NOT NULL DEFAULT 'new', total numeric(10, 2));
                CREATE VIEW paid_orders AS SELECT id, user_id FROM orders WHERE state = 'paid';
                """);
        file("V3__functions.sql", """
                CREATE FUNCTION order_total(o bigint) RETURNS numeric LANGUAGE sql STABLE
                    AS $$ SELECT total FROM orders WHERE id = o $$;
                COMMENT ON TABLE orders IS 'one row per order';
                """);
        file("V4__concurrent_index.sql", "CREATE INDEX CONCURRENTLY orders_user_idx ON orders (user_id);\n");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void file(String name, String text) throws Exception {
        Files.writeString(migrations.resolve(name), text, StandardCharsets.UTF_8);
    }

    private MigrationGuardConfig.Builder config() {
        return MigrationGuardConfig.builder(project).dbUrl(db.url);
    }

    private void migrate() {
        RunResult r = new MigrationRunner(config().build(), line -> { }, Map.of()).migrate(RunOptions.defaults());
        assertThat(r.ok()).as(r.problems().toString()).isTrue();
    }

    private DriftResult drift(MigrationGuardConfig config) {
        return new Drift(config, notes::add, Map.of()).run(DriftOptions.defaults());
    }

    @Test
    void anUndriftedDatabaseReportsNothing() throws Exception {
        migrate();

        DriftResult r = drift(config().build());

        assertThat(r.problems()).isEmpty();
        assertThat(r.differences()).isEmpty();
        assertThat(r.changed()).isEmpty();
        assertThat(r.ok()).isTrue();
        assertThat(r.replayed()).containsExactly("1 users", "2 orders", "3 functions", "4 concurrent index");
        assertThat(DriftRenderer.text(r)).contains("no drift: 0 difference(s)");
    }

    @Test
    void fourHandChangesAreExactlyFourDifferences() throws Exception {
        migrate();
        db.execute("CREATE INDEX users_age_idx ON users (age)");
        db.execute("ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2)");
        db.execute("CREATE OR REPLACE FUNCTION order_total(o bigint) RETURNS numeric LANGUAGE sql STABLE "
                + "AS $$ SELECT coalesce(total, 0) FROM orders WHERE id = o $$");
        db.execute("ALTER TABLE users DROP CONSTRAINT users_age_positive");

        DriftResult r = drift(config().build());

        assertThat(r.problems()).isEmpty();
        assertThat(r.differences()).extracting(d -> d.kind() + " " + d.object()).containsExactly(
                "DIFFERENT column orders.total",
                "MISSING constraint users.users_age_positive",
                "DIFFERENT function order_total(o bigint)",
                "EXTRA index users_age_idx");
        DriftDifference column = r.differences().get(0);
        assertThat(column.schema()).isEqualTo("public");
        assertThat(column.diff()).isEqualTo("""
                --- migrations
                +++ database
                -numeric(10,2)
                +numeric(12,2)
                """);
        assertThat(r.differences().get(2).diff()).contains(" STABLE\n"
                + "-AS $function$ SELECT total FROM orders WHERE id = o $function$\n"
                + "+AS $function$ SELECT coalesce(total, 0) FROM orders WHERE id = o $function$\n");
        assertThat(r.differences().get(1).expected()).isEqualTo("CHECK ((age > 0))");
        assertThat(r.ok()).isFalse();
        String text = DriftRenderer.text(r);
        assertThat(text).contains("extra in the database: index users_age_idx (schema public)")
                .contains("missing in the database: constraint users.users_age_positive (schema public)")
                .contains("drift: 4 difference(s) (1 missing, 1 extra, 2 different)");
        assertThat(DriftRenderer.json(r)).contains("\"kind\" : \"extra\"").contains("\"object\" : \"index "
                + "users_age_idx\"");
        assertThat(DriftRenderer.markdown(r)).startsWith("## Schema drift").contains("```diff");
    }

    @Test
    void ignorePatternsLeaveObjectsOut() throws Exception {
        migrate();
        db.execute("CREATE INDEX users_email_tmp ON users (email, id)");
        db.execute("CREATE INDEX users_age_idx ON users (age)");

        DriftResult r = drift(config().driftIgnore(List.of("index:*_tmp")).build());

        assertThat(r.differences()).extracting(DriftDifference::object).containsExactly("index users_age_idx");
        assertThat(r.ignored()).isEqualTo(1);
    }

    @Test
    void aFileChangedAfterItRanIsNamedAndReplayedAsItIsNow() throws Exception {
        migrate();
        file("V1__users.sql", """
                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, age integer,
                    CONSTRAINT users_age_positive CHECK (age > 0));
                CREATE UNIQUE INDEX users_email_idx ON users (email);
                """);

        DriftResult r = drift(config().build());

        assertThat(r.changed()).singleElement().asString().contains("V1__users.sql")
                .contains("changed since it was applied");
        assertThat(r.differences()).extracting(d -> d.kind() + " " + d.object())
                .containsExactly("DIFFERENT index users_email_idx");
    }

    @Test
    void aHistoryRowWithoutItsFileIsAProblemAndItsObjectsShowAsExtra() throws Exception {
        migrate();
        Files.delete(migrations.resolve("V4__concurrent_index.sql"));

        DriftResult r = drift(config().build());

        assertThat(r.problems()).singleElement().asString().contains("version 4").contains("has no file");
        assertThat(r.differences()).extracting(d -> d.kind() + " " + d.object())
                .containsExactly("EXTRA index orders_user_idx");
    }

    @Test
    void pendingMigrationsAreNotReplayed() throws Exception {
        migrate();
        file("V5__later.sql", "CREATE TABLE later (id int);\n");

        DriftResult r = drift(config().build());

        assertThat(r.differences()).isEmpty();
        assertThat(r.replayed()).hasSize(4);
    }

    @Test
    void aDatabaseStartedFromABaselineScriptReplaysTheScriptNotTheVersionsItCovers() throws Exception {
        file("B2__baseline.sql", """
                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, age integer,
                    CONSTRAINT users_age_positive CHECK (age > 0));
                CREATE INDEX users_email_idx ON users (email);
                CREATE TYPE order_state AS ENUM ('new', 'paid');
                CREATE TABLE orders (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id),
                    state order_state NOT NULL DEFAULT 'new', total numeric(10, 2));
                CREATE VIEW paid_orders AS SELECT id, user_id FROM orders WHERE state = 'paid';
                """);
        RunResult b = new MigrationRunner(config().build(), line -> { }, Map.of()).baseline(RunOptions.defaults());
        assertThat(b.ok()).as(b.problems().toString()).isTrue();
        migrate();

        DriftResult r = drift(config().build());

        assertThat(r.replayed()).containsExactly("2 baseline", "3 functions", "4 concurrent index");
        assertThat(r.problems()).isEmpty();
        assertThat(r.differences()).isEmpty();
    }

    @Test
    void theThrowAwayDatabaseIsDroppedAfterTheRun() throws Exception {
        migrate();
        long before = db.databasesNamed("migration_guard_drift_");
        drift(config().build());
        assertThat(db.databasesNamed("migration_guard_drift_")).isEqualTo(before);
    }

    @Test
    void aDatabaseWithoutHistoryIsAClearError() {
        assertThatThrownBy(() -> drift(config().build())).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("no migration history").hasMessageContaining("run db:migrate");
    }
}
