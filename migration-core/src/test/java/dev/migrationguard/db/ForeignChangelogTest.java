package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Liquibase changelogs and Alembic offline SQL are linted and round-tripped, never applied by the runner: their
 * versions are positions in the changelog, and the tool that owns them keeps its own history.
 */
class ForeignChangelogTest {

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
    void aLiquibaseChangelogIsNotApplied() throws Exception {
        t.file("changelog.sql", """
                --liquibase formatted sql

                --changeset alice:1
                CREATE TABLE accounts (id bigint PRIMARY KEY);
                --rollback DROP TABLE accounts;
                """);

        RunResult r = t.runner().migrate(RunOptions.defaults());

        assertThat(r.ok()).isFalse();
        assertThat(r.summary()).isEqualTo("nothing was run: these migrations belong to another tool");
        assertThat(r.problems()).singleElement().asString().contains("changelog.sql", "Liquibase changelog",
                "liquibase update", "db:lint");
        assertThat(t.db.query("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
                + " AND tablename = 'accounts'")).isEqualTo(0L);
    }

    @Test
    void anAlembicOfflineFileIsNotApplied() throws Exception {
        t.file("upgrade.sql", """
                BEGIN;

                CREATE TABLE alembic_version (
                    version_num VARCHAR(32) NOT NULL,
                    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
                );

                -- Running upgrade  -> 1a2b3c4d5e6f

                CREATE TABLE accounts (id bigint PRIMARY KEY);

                INSERT INTO alembic_version (version_num) VALUES ('1a2b3c4d5e6f') RETURNING alembic_version.version_num;

                COMMIT;
                """);

        RunResult r = t.runner().migrate(RunOptions.defaults());

        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).singleElement().asString().contains("upgrade.sql", "Alembic", "alembic upgrade");
    }
}
