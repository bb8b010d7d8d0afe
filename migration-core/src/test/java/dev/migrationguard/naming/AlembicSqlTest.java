package dev.migrationguard.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scripts in the shape alembic upgrade/downgrade --sql prints for PostgreSQL: one migration per revision. */
class AlembicSqlTest {

    static final String UPGRADE = """
            BEGIN;

            CREATE TABLE alembic_version (
                version_num VARCHAR(32) NOT NULL,\s
                CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
            );

            -- Running upgrade  -> 1975ea83b712

            CREATE TABLE account (
                id SERIAL NOT NULL,\s
                name VARCHAR(50) NOT NULL,\s
                PRIMARY KEY (id)
            );

            INSERT INTO alembic_version (version_num) VALUES ('1975ea83b712') RETURNING alembic_version.version_num;

            -- Running upgrade 1975ea83b712 -> ae1027a6acf

            ALTER TABLE account ADD COLUMN last_transaction_date TIMESTAMP WITHOUT TIME ZONE;

            UPDATE alembic_version SET version_num='ae1027a6acf' WHERE alembic_version.version_num = '1975ea83b712';

            COMMIT;

            """;

    static final String DOWNGRADE = """
            BEGIN;

            -- Running downgrade ae1027a6acf -> 1975ea83b712

            ALTER TABLE account DROP COLUMN last_transaction_date;

            UPDATE alembic_version SET version_num='1975ea83b712' WHERE alembic_version.version_num = 'ae1027a6acf';

            -- Running downgrade 1975ea83b712 -> 

            DROP TABLE account;

            DELETE FROM alembic_version WHERE alembic_version.version_num = '1975ea83b712';

            DROP TABLE alembic_version;

            COMMIT;

            """;

    @Test
    void splitsAtTheRunningLines() {
        AlembicSql script = AlembicSql.parse(UPGRADE);
        assertThat(script.parts()).extracting(AlembicSql.Part::direction, AlembicSql.Part::revision,
                        AlembicSql.Part::from, AlembicSql.Part::line)
                .containsExactly(tuple(Direction.UP, "1975ea83b712", "", 8),
                        tuple(Direction.UP, "ae1027a6acf", "1975ea83b712", 18));
        assertThat(AlembicSql.parse(DOWNGRADE).parts()).extracting(AlembicSql.Part::direction,
                        AlembicSql.Part::revision, AlembicSql.Part::from)
                .containsExactly(tuple(Direction.DOWN, "ae1027a6acf", "1975ea83b712"),
                        tuple(Direction.DOWN, "1975ea83b712", ""));
        assertThat(AlembicSql.isAlembicSql("SELECT 1;\n-- Running the numbers\n")).isFalse();
    }

    @Test
    void olderAlembicWritesTheMessage() {
        AlembicSql.Part p = AlembicSql.parse("-- Running upgrade 1975ea83b712 -> ae1027a6acf, Add a column\n"
                + "SELECT 1;\n").parts().get(0);
        assertThat(p.revision()).isEqualTo("ae1027a6acf");
        assertThat(p.message()).isEqualTo("Add a column");
        assertThat(AlembicSql.describe(p)).isEqualTo("ae1027a6acf Add a column");
        AlembicSql.Part merge = AlembicSql.parse("-- Running upgrade a1, b2 -> c3\n").parts().get(0);
        assertThat(merge.from()).isEqualTo("a1, b2");
        assertThat(merge.revision()).isEqualTo("c3");
    }

    @Test
    void alembicsTransactionLinesAreBlankedAndAnAutocommitBlockRunsOutsideATransaction() {
        AlembicSql script = AlembicSql.parse(UPGRADE);
        String second = AlembicSql.text(UPGRADE, script.parts().get(1));
        assertThat(second).doesNotContain("COMMIT").contains("ALTER TABLE account");
        assertThat(second.lines().toList().get(1)).startsWith("ALTER TABLE account");
        String autocommit = """
                -- Running upgrade a -> b

                COMMIT;

                CREATE INDEX CONCURRENTLY ix ON account (name);

                BEGIN;

                UPDATE alembic_version SET version_num='b' WHERE alembic_version.version_num = 'a';

                COMMIT;

                BEGIN;

                -- Running upgrade b -> c
                """;
        AlembicSql.Part part = AlembicSql.parse(autocommit).parts().get(0);
        String kept = AlembicSql.text(autocommit, part);
        assertThat(kept.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()).containsExactly(
                "CREATE INDEX CONCURRENTLY ix ON account (name);");
        assertThat(AlembicSql.autocommit(autocommit, part)).isTrue();
        assertThat(AlembicSql.autocommit(UPGRADE, script.parts().get(1))).isFalse();
    }

    @Test
    void revisionsAreMigrationsAndTheDowngradeScriptGivesTheirDowns() {
        MigrationSet set = MigrationSets.build(List.of(TestFiles.sql("sql", "upgrade.sql", UPGRADE),
                TestFiles.sql("sql", "downgrade.sql", DOWNGRADE)));
        assertThat(set.schemes()).containsEntry("sql", NamingScheme.ALEMBIC_SQL);
        assertThat(set.problems()).isEmpty();
        assertThat(set.migrations()).extracting(m -> m.version().toString(), Migration::description,
                        m -> m.up().displayPath(), m -> m.down().displayPath())
                .containsExactly(tuple("1.1", "1975ea83b712", "sql/upgrade.sql", "sql/downgrade.sql"),
                        tuple("1.2", "ae1027a6acf", "sql/upgrade.sql", "sql/downgrade.sql"));
        LoadedScript down = ScriptLoader.load(set.migrations().get(1).down());
        assertThat(down.firstLine()).isEqualTo(4);
        assertThat(down.text()).contains("DROP COLUMN last_transaction_date").doesNotContain("DROP TABLE account");
    }

    @Test
    void withoutDowngradeScriptRevisionsNeedNoDownUnlessRequired() {
        List<SourceFile> files = List.of(TestFiles.sql("sql", "upgrade.sql", UPGRADE));
        assertThat(MigrationSets.build(files).problems()).isEmpty();
        assertThat(MigrationSets.build(files, new NamingOptions(null, DownPolicy.ALWAYS)).problems())
                .extracting(NamingProblem::type, NamingProblem::line)
                .containsExactly(tuple(NamingProblem.Type.MISSING_DOWN, 8), tuple(NamingProblem.Type.MISSING_DOWN, 18));
    }

    @Test
    void aDowngradeWithoutItsUpgradeIsAnOrphan() {
        MigrationSet set = MigrationSets.build(List.of(TestFiles.sql("sql", "downgrade.sql", DOWNGRADE),
                TestFiles.sql("sql", "upgrade.sql", "-- Running upgrade  -> 1975ea83b712\nCREATE TABLE t (id int);\n")));
        assertThat(set.problems()).extracting(NamingProblem::type, NamingProblem::line)
                .containsExactly(tuple(NamingProblem.Type.ORPHAN_DOWN, 3));
    }
}
