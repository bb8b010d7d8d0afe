package dev.migrationguard.db.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.DatabaseException;
import dev.migrationguard.db.MigrationRunner;
import dev.migrationguard.db.RunOptions;
import dev.migrationguard.db.RunResult;
import dev.migrationguard.db.roundtrip.SchemaSnapshot;
import dev.migrationguard.naming.MigrationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Consolidation on a real PostgreSQL (the throw-away databases on the test server, pg_dump from PATH): the baseline
 * verifies equal, and a database started from it then migrated ends equal to one migrated from the first version.
 */
class ConsolidateTest {

    @TempDir
    Path project;
    Path migrations;
    DriftDatabase fromBaseline;
    DriftDatabase fullReplay;

    @BeforeEach
    void setUp() throws Exception {
        migrations = project.resolve(MigrationGuardConfig.DEFAULT_LOCATION);
        Files.createDirectories(migrations);
        fromBaseline = DriftDatabase.create();
        fullReplay = DriftDatabase.create();
        file("V1__users.sql", """
                CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL,
                    CONSTRAINT users_email_lower CHECK (email = lower(email)));
                CREATE UNIQUE INDEX users_email_idx ON users (email);
                COMMENT ON COLUMN users.email IS 'lower case';
                """);
        file("V2__orders.sql", """
                CREATE SCHEMA billing;
                CREATE TYPE billing.order_state AS ENUM ('new', 'paid');
                CREATE TABLE billing.orders (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id),
                    state billing.order_state NOT NULL DEFAULT 'new');
                CREATE VIEW billing.paid AS SELECT id, user_id FROM billing.orders WHERE state = 'paid';
                INSERT INTO users (email) VALUES ('seed@example.com');
                """);
        file("V3__audit.sql", """
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RETURN NEW;
                END $$;
                CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
                """);
        file("V4__later.sql", "ALTER TABLE users ADD COLUMN name text;\nCREATE INDEX users_name_idx ON users (name);\n");
    }

    @AfterEach
    void tearDown() {
        fromBaseline.close();
        fullReplay.close();
    }

    private void file(String name, String text) throws Exception {
        Files.writeString(migrations.resolve(name), text, StandardCharsets.UTF_8);
    }

    private MigrationGuardConfig config() {
        return MigrationGuardConfig.builder(project).build();
    }

    private ConsolidateResult consolidate(String version, boolean force, String pgDump) {
        return new Consolidate(config(), line -> { }, Map.of()).run(new ConsolidateOptions(
                MigrationVersion.parse(version), null, force, pgDump, fromBaseline.server));
    }

    @Test
    void theBaselineVerifiesEqualAndABaselinedDatabaseMigratesToTheFullReplay() throws Exception {
        PgDumpAvailable.assumeFor(fromBaseline.server);
        ConsolidateResult r = consolidate("3", false, null);

        assertThat(r.problems()).isEmpty();
        assertThat(r.differences()).isEmpty();
        assertThat(r.ok()).isTrue();
        assertThat(r.file()).isEqualTo(migrations.resolve("B3__baseline.sql"));
        assertThat(r.included()).containsExactly("1 users", "2 orders", "3 audit");
        assertThat(r.summary()).startsWith("B3__baseline.sql: 3 migration(s), schema only (no seed data), verified "
                + "equal to the replay");
        String baseline = Files.readString(r.file());
        assertThat(baseline).startsWith("-- Baseline of version 3: the schema that the 3 migration(s) below build")
                .contains("--   1 users (src/main/resources/db/migration/V1__users.sql)")
                .contains("--   3 audit (src/main/resources/db/migration/V3__audit.sql)")
                .contains("CREATE TABLE billing.orders").contains("CREATE TRIGGER users_touch")
                .doesNotContain("migration_guard_history").doesNotContain("seed@example.com")
                .doesNotContainPattern("(?m)^\\\\");

        MigrationGuardConfig onBaseline = MigrationGuardConfig.builder(project).dbUrl(fromBaseline.url).build();
        RunResult baselined = new MigrationRunner(onBaseline, line -> { }, Map.of()).baseline(RunOptions.defaults());
        assertThat(baselined.ok()).as(baselined.problems().toString()).isTrue();
        RunResult later = new MigrationRunner(onBaseline, line -> { }, Map.of()).migrate(RunOptions.defaults());
        assertThat(later.ok()).as(later.problems().toString()).isTrue();
        assertThat(later.steps()).extracting(s -> s.version()).containsExactly("4");

        Files.delete(r.file());
        RunResult full = new MigrationRunner(MigrationGuardConfig.builder(project).dbUrl(fullReplay.url).build(),
                line -> { }, Map.of()).migrate(RunOptions.defaults());
        assertThat(full.ok()).as(full.problems().toString()).isTrue();
        for (String schema : new String[] {"public", "billing"}) {
            try (Connection a = DriverManager.getConnection(fromBaseline.url);
                 Connection b = DriverManager.getConnection(fullReplay.url)) {
                assertThat(SchemaSnapshot.take(a, schema).objects()).as(schema)
                        .isEqualTo(SchemaSnapshot.take(b, schema).objects()).isNotEmpty();
            }
        }
    }

    @Test
    void anExistingBaselineIsKeptUnlessForced() throws Exception {
        PgDumpAvailable.assumeFor(fromBaseline.server);
        file("B3__baseline.sql", "-- reviewed by hand\n");

        ConsolidateResult r = consolidate("3", false, null);

        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).singleElement().asString().contains("B3__baseline.sql exists")
                .contains("db.force=true");
        assertThat(Files.readString(migrations.resolve("B3__baseline.sql"))).isEqualTo("-- reviewed by hand\n");
        assertThat(consolidate("3", true, null).ok()).isTrue();
    }

    @Test
    void aVersionNoMigrationHasIsRefused() {
        ConsolidateResult r = consolidate("3.5", false, null);

        assertThat(r.problems()).singleElement().asString().contains("no migration has version 3.5");
        assertThat(r.file()).isNull();
        assertThat(migrations.resolve("B3.5__baseline.sql")).doesNotExist();
    }

    @Test
    void aMissingOrTooOldPgDumpSaysWhichVersionIsNeededAndHowToInstallIt() throws Exception {
        assertThatThrownBy(() -> consolidate("3", false, project.resolve("no/pg_dump").toString()))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("is not an executable pg_dump")
                .hasMessageContaining("apt-get install postgresql-client-");
        Path old = project.resolve("pg_dump");
        Files.writeString(old, "#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.24'\n");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThatThrownBy(() -> consolidate("3", false, old.toString())).isInstanceOf(DatabaseException.class)
                .hasMessageMatching("(?s).*is pg_dump 9, which cannot dump a PostgreSQL \\d+ server; consolidate "
                        + "needs pg_dump \\d+ or newer: install the PostgreSQL \\d+ client.*");
        assertThat(migrations.resolve("B3__baseline.sql")).doesNotExist();
    }
}
