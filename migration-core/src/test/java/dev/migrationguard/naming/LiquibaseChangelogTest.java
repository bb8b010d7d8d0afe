package dev.migrationguard.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Liquibase formatted SQL changelogs: one file, one migration per changeset, the rollback as its down. */
class LiquibaseChangelogTest {

    private static final String CHANGELOG = """
            --liquibase formatted sql

            --changeset alice:1
            --comment: users table
            CREATE TABLE users (id bigint PRIMARY KEY, email text);
            --rollback DROP TABLE users;

            --changeset "Bob Smith":add-index runInTransaction:false
            CREATE INDEX CONCURRENTLY users_email ON users (email);
            /* liquibase rollback
            DROP INDEX CONCURRENTLY users_email;
            */

            --changeset alice:3 splitStatements:false endDelimiter:/
            CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql
            /
            --rollback not required
            """;

    @Test
    void recognisesTheHeaderOnTheFirstLineOnly() {
        assertThat(LiquibaseChangelog.isFormattedSql("--liquibase formatted sql\n")).isTrue();
        assertThat(LiquibaseChangelog.isFormattedSql("\uFEFF-- liquibase formatted sql logicalFilePath:x\n")).isTrue();
        assertThat(LiquibaseChangelog.isFormattedSql("-- LIQUIBASE FORMATTED SQL\r\nSELECT 1;")).isTrue();
        assertThat(LiquibaseChangelog.isFormattedSql("SELECT 1;\n--liquibase formatted sql\n")).isFalse();
        assertThat(LiquibaseChangelog.isFormattedSql("-- migrate:up\n")).isFalse();
        assertThat(LiquibaseChangelog.isFormattedSql(null)).isFalse();
    }

    @Test
    void splitsChangesetsWithAttributesCommentsAndRollbacks() {
        LiquibaseChangelog c = LiquibaseChangelog.parse(CHANGELOG);
        assertThat(c.problems()).isEmpty();
        assertThat(c.changesets()).extracting(LiquibaseChangelog.Changeset::key, LiquibaseChangelog.Changeset::line,
                        LiquibaseChangelog.Changeset::rollback, LiquibaseChangelog.Changeset::noTransaction)
                .containsExactly(
                        tuple("alice:1", 3, LiquibaseChangelog.Rollback.SQL, false),
                        tuple("Bob Smith:add-index", 8, LiquibaseChangelog.Rollback.SQL, true),
                        tuple("alice:3", 14, LiquibaseChangelog.Rollback.NO_OP, false));
        assertThat(c.changesets().get(0).comment()).isEqualTo("users table");
        assertThat(c.changesets().get(2).attribute("splitstatements")).isEqualTo("false");
        assertThat(c.changesets().get(2).attribute("endDelimiter")).isEqualTo("/");
    }

    @Test
    void upAndRollbackKeepTheChangelogsLinesAndColumns() {
        LiquibaseChangelog c = LiquibaseChangelog.parse(CHANGELOG);
        LiquibaseChangelog.Changeset first = c.changesets().get(0);
        String up = LiquibaseChangelog.upText(CHANGELOG, first);
        String down = LiquibaseChangelog.rollbackText(CHANGELOG, first);
        assertThat(first.bodyLine()).isEqualTo(4);
        assertThat(up.lines().toList()).hasSize(4);
        assertThat(up.lines().toList().get(1)).isEqualTo("CREATE TABLE users (id bigint PRIMARY KEY, email text);");
        assertThat(down.lines().toList()).hasSize(4);
        assertThat(down.lines().toList().get(2)).isEqualTo("           DROP TABLE users;");
        assertThat(down.lines().toList().get(1)).isBlank();

        String blockDown = LiquibaseChangelog.rollbackText(CHANGELOG, c.changesets().get(1));
        assertThat(blockDown.lines().map(String::strip).toList()).containsExactly("", "",
                "DROP INDEX CONCURRENTLY users_email;", "", "");
    }

    @Test
    void customEndDelimiterBecomesASemicolonInPlace() {
        LiquibaseChangelog c = LiquibaseChangelog.parse(CHANGELOG);
        String up = LiquibaseChangelog.upText(CHANGELOG, c.changesets().get(2));
        assertThat(up.lines().toList().get(1)).isEqualTo(";");
        String go = """
                --liquibase formatted sql
                --changeset a:1 endDelimiter:GO
                UPDATE t SET category = 'GO' GO
                SELECT 1
                go
                """;
        String goUp = LiquibaseChangelog.upText(go, LiquibaseChangelog.parse(go).changesets().get(0));
        assertThat(goUp.lines().toList()).containsExactly("UPDATE t SET category = 'GO' ; ", "SELECT 1", "; ");
    }

    @Test
    void ignoredLinesAreBlanked() {
        String text = """
                --liquibase formatted sql
                --changeset a:1
                --ignoreLines:start
                DROP TABLE users;
                --ignoreLines:end
                --ignoreLines:1
                DROP TABLE orders;
                SELECT 1;
                """;
        String up = LiquibaseChangelog.upText(text, LiquibaseChangelog.parse(text).changesets().get(0));
        assertThat(up).doesNotContain("DROP").contains("SELECT 1;");
        assertThat(up.lines().count()).isEqualTo(6);
    }

    @Test
    void malformedAndDuplicateChangesetsAreProblemsWithTheirLine() {
        String text = """
                --liquibase formatted sql
                CREATE TABLE stray (id int);
                --changeset nobody
                SELECT 1;
                --changeset a:1
                SELECT 2;
                --changeset a:1
                SELECT 3;
                """;
        LiquibaseChangelog c = LiquibaseChangelog.parse(text);
        assertThat(c.changesets()).extracting(LiquibaseChangelog.Changeset::key).containsExactly("a:1");
        assertThat(c.problems()).extracting(LiquibaseChangelog.Problem::line).containsExactly(2, 3, 7);
        assertThat(c.problems().get(1).message()).contains("--changeset nobody").contains("no author:id");
        assertThat(c.problems().get(2).message()).contains("changeset a:1 on line 7").contains("line 5");
    }

    @Test
    void eachChangesetIsAMigrationInChangelogOrder() {
        MigrationSet set = MigrationSets.build(List.of(
                TestFiles.sql("db", "002_more.sql", "--liquibase formatted sql\n--changeset c:1\nSELECT 1;\n"
                        + "--rollback SELECT 2;\n"),
                TestFiles.sql("db", "001_init.sql", CHANGELOG)));
        assertThat(set.schemes()).containsEntry("db", NamingScheme.LIQUIBASE_SQL);
        assertThat(set.problems()).isEmpty();
        assertThat(set.migrations()).extracting(m -> m.version().toString(), Migration::description)
                .containsExactly(tuple("1.1", "alice:1"), tuple("1.2", "Bob Smith:add-index"),
                        tuple("1.3", "alice:3"), tuple("2.1", "c:1"));
        Migration m = set.migrations().get(1);
        assertThat(m.up().unit()).isEqualTo("Bob Smith:add-index");
        assertThat(m.down().direction()).isEqualTo(Direction.DOWN);
        LoadedScript up = ScriptLoader.load(m.up());
        assertThat(up.firstLine()).isEqualTo(9);
        assertThat(up.noTransaction()).isTrue();
        assertThat(up.text()).startsWith("CREATE INDEX CONCURRENTLY");
        assertThat(up.firstByteOffset()).isEqualTo(CHANGELOG.indexOf("CREATE INDEX CONCURRENTLY"));
    }

    @Test
    void aChangesetWithoutRollbackIsMissingItsDownWhereTheChangelogUsesRollbacks() {
        String text = """
                --liquibase formatted sql
                --changeset a:1
                CREATE TABLE t (id int);
                --rollback DROP TABLE t;
                --changeset a:2
                ALTER TABLE t ADD COLUMN c int;
                --changeset a:3
                -- migration-guard:irreversible the data of the dropped column is gone
                ALTER TABLE t DROP COLUMN c;
                """;
        MigrationSet set = MigrationSets.build(List.of(TestFiles.sql("db", "changelog.sql", text)));
        assertThat(set.problems()).extracting(NamingProblem::type, NamingProblem::line, NamingProblem::message)
                .containsExactly(tuple(NamingProblem.Type.MISSING_DOWN, 5,
                        "changelog.sql: changeset a:2 has no --rollback"));
        assertThat(set.migrations()).hasSize(3);

        String forwardOnly = "--liquibase formatted sql\n--changeset a:1\nCREATE TABLE t (id int);\n";
        assertThat(MigrationSets.build(List.of(TestFiles.sql("db", "changelog.sql", forwardOnly))).problems())
                .isEmpty();
        assertThat(MigrationSets.build(List.of(TestFiles.sql("db", "changelog.sql", forwardOnly)),
                new NamingOptions(null, DownPolicy.ALWAYS)).problems())
                .extracting(NamingProblem::type).containsExactly(NamingProblem.Type.MISSING_DOWN);
    }

    @Test
    void aPlainSqlFileIsOneRawChangesetWithoutRollback() {
        List<SourceFile> files = List.of(
                TestFiles.sql("db", "changelog.sql", "--liquibase formatted sql\n--changeset a:1\nSELECT 1;\n"),
                TestFiles.sql("db", "changelog2.sql", "--liquibase formatted sql\n--changeset a:2\nSELECT 1;\n"),
                TestFiles.sql("db", "seed.sql", "INSERT INTO t VALUES (1);\n"));
        MigrationSet set = MigrationSets.build(files);
        assertThat(set.problems()).isEmpty();
        assertThat(set.migrations()).extracting(m -> m.version().toString(), Migration::description)
                .containsExactly(tuple("1.1", "a:1"), tuple("2.1", "a:2"), tuple("3.1", "seed.sql (raw SQL)"));
        assertThat(set.migrations().get(2).up().section()).isEqualTo(Section.WHOLE);
        assertThat(set.migrations().get(2).down()).isNull();
        assertThat(MigrationSets.build(files, new NamingOptions(NamingScheme.LIQUIBASE_SQL, DownPolicy.ALWAYS))
                .problems()).extracting(NamingProblem::type, NamingProblem::path).contains(
                tuple(NamingProblem.Type.MISSING_DOWN, "db/seed.sql"));
    }

    private static String formatted(String id) {
        return "--liquibase formatted sql\n--changeset a:" + id + "\nSELECT 1;\n";
    }

    @Test
    void aYamlMasterOrdersTheChangelogsItIncludes() {
        String loc = "src/main/resources/db/changelog";
        MigrationSet set = MigrationSets.build(List.of(
                TestFiles.sql(loc, "db.changelog-2.2.1.sql", formatted("3")),
                TestFiles.sql(loc, "db.changelog-2.2.sql", formatted("2")),
                TestFiles.sql(loc, "db.changelog-1.0.sql", formatted("1")),
                TestFiles.sql(loc, "unlisted.sql", formatted("4")),
                TestFiles.sql(loc, "db.changelog-master.yaml", """
                        databaseChangeLog:
                          - include:
                              file: db/changelog/db.changelog-1.0.sql
                          - include:
                              file: db/changelog/db.changelog-2.2.sql
                          - include:
                              file: db.changelog-2.2.1.sql
                              relativeToChangelogFile: true
                        """)));
        assertThat(set.problems()).isEmpty();
        assertThat(set.migrations()).extracting(m -> m.up().file().fileName())
                .containsExactly("db.changelog-1.0.sql", "db.changelog-2.2.sql", "db.changelog-2.2.1.sql",
                        "unlisted.sql");
    }

    @Test
    void anXmlMasterOrdersIncludeAllDirectoriesAndNamesSqlFileChangesets() {
        MigrationSet set = MigrationSets.build(List.of(
                TestFiles.sql("db", "changesets/bootstrap/data.sql", formatted("data")),
                TestFiles.sql("db", "changesets/tables/b.sql", formatted("b")),
                TestFiles.sql("db", "changesets/tables/a.sql", formatted("a")),
                TestFiles.sql("db", "sql/010-users.sql", "CREATE TABLE users (id bigint);\n"),
                TestFiles.sql("db", "sql/010-users-rollback.sql", "DROP TABLE users;\n"),
                TestFiles.sql("db", "master.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
                            <!-- <include file="changesets/bootstrap/data.sql"/> -->
                            <includeAll path="/changesets/tables" relativeToChangelogFile="true"/>
                            <changeSet id="3" author="root">
                                <sqlFile path="sql/010-users.sql" relativeToChangelogFile="true"/>
                                <rollback>
                                    <sqlFile path="sql/010-users-rollback.sql" relativeToChangelogFile="true"/>
                                </rollback>
                            </changeSet>
                            <includeAll path="changesets/bootstrap/" relativeToChangelogFile="true"/>
                        </databaseChangeLog>
                        """)));
        assertThat(set.problems()).isEmpty();
        assertThat(set.migrations()).extracting(m -> m.version().toString(), Migration::description)
                .containsExactly(tuple("1.1", "a:a"), tuple("2.1", "a:b"), tuple("3.1", "root:3 (010-users.sql)"),
                        tuple("4.1", "a:data"));
        assertThat(set.migrations().get(2).down().file().fileName()).isEqualTo("010-users-rollback.sql");
    }

    @Test
    void aMissingChangesetIsAnErrorNotAnException() {
        SourceFile f = TestFiles.sql("db", "changelog.sql", "--liquibase formatted sql\n--changeset a:1\nSELECT 1;\n");
        LoadedScript s = ScriptLoader.load(new ScriptRef(f, Direction.UP, Section.UP, "a:9"));
        assertThat(s.ok()).isFalse();
        assertThat(s.error()).isEqualTo("no changeset a:9 in the changelog");
    }
}
