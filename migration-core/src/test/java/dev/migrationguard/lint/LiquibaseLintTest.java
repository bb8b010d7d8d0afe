package dev.migrationguard.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Liquibase formatted SQL changelog goes through the same rules; findings point at the changelog's lines. */
class LiquibaseLintTest {

    private static LintResult lint(String changelog) {
        byte[] bytes = changelog.getBytes(StandardCharsets.UTF_8);
        SourceFile f = new SourceFile("db/changelog.sql", "db", "changelog.sql", () -> bytes);
        return new Linter(MigrationGuardConfig.defaults(Path.of("/p"))).lint(List.of(f));
    }

    private static List<Finding> findings(LintResult r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void findingsPointIntoTheChangelog() {
        LintResult r = lint("""
                --liquibase formatted sql

                --changeset alice:1
                CREATE TABLE users (id bigint PRIMARY KEY, email text);
                --rollback DROP TABLE users;

                --changeset alice:2
                ALTER TABLE users DROP COLUMN email;
                --rollback ALTER TABLE users ADD COLUMN email text;
                """);
        assertThat(findings(r, "ban-drop-column")).extracting(Finding::file, Finding::line, Finding::column)
                .containsExactly(tuple("db/changelog.sql", 8, 19));
        assertThat(r.summary().files()).isEqualTo(1);
    }

    @Test
    void rollbackSqlIsLintedAsTheDownAndWholeScriptFindingsSitOnTheChangesetLine() {
        LintResult r = lint("""
                --liquibase formatted sql
                --changeset alice:1
                CREATE TABLE users (id bigint PRIMARY KEY);
                --rollback SELECT 1;
                """);
        assertThat(findings(r, "down-does-not-reverse-up")).extracting(Finding::line).containsExactly(2);
    }

    @Test
    void runInTransactionFalseRunsTheChangesetOutsideATransaction() {
        String changeset = """
                CREATE TABLE audit (id bigint);
                CREATE INDEX CONCURRENTLY users_email ON users (email);
                --rollback DROP INDEX CONCURRENTLY users_email;
                --rollback DROP TABLE audit;
                """;
        LintResult inTransaction = lint("--liquibase formatted sql\n--changeset alice:1\n" + changeset);
        assertThat(findings(inTransaction, "ban-concurrent-index-creation-in-transaction"))
                .extracting(Finding::line).containsExactly(4);
        LintResult outside = lint("--liquibase formatted sql\n--changeset alice:1 runInTransaction:false\n"
                + changeset);
        assertThat(findings(outside, "ban-concurrent-index-creation-in-transaction")).isEmpty();
    }

    @Test
    void suppressionInsideAChangesetCoversItsStatement() {
        LintResult r = lint("""
                --liquibase formatted sql
                --changeset alice:1
                -- migration-guard:ignore ban-drop-column the column was never read
                ALTER TABLE users DROP COLUMN email;
                --rollback ALTER TABLE users ADD COLUMN email text;
                --changeset alice:2
                ALTER TABLE users DROP COLUMN name;
                --rollback ALTER TABLE users ADD COLUMN name text;
                """);
        assertThat(findings(r, "ban-drop-column")).extracting(Finding::line).containsExactly(7);
    }

    @Test
    void missingRollbackIsReportedOnTheChangesetLine() {
        LintResult r = lint("""
                --liquibase formatted sql
                --changeset alice:1
                CREATE TABLE users (id bigint PRIMARY KEY);
                --rollback DROP TABLE users;
                --changeset alice:2
                CREATE TABLE orders (id bigint PRIMARY KEY);
                --changeset alice:3
                INSERT INTO users VALUES (1);
                --rollback not required: seed row, removed with the table
                """);
        assertThat(findings(r, "missing-down-migration")).extracting(Finding::line, Finding::message)
                .containsExactly(tuple(5, "changelog.sql: changeset alice:2 has no --rollback"));
        assertThat(findings(r, "empty-down-migration")).isEmpty();
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("down-does-not-reverse-up") && f.line() >= 7);
    }

    @Test
    void brokenChangesetLineIsAFindingWithItsLine() {
        LintResult r = lint("""
                --liquibase formatted sql
                --changeset alice
                CREATE TABLE users (id bigint PRIMARY KEY);
                """);
        assertThat(findings(r, "invalid-migration-name")).extracting(Finding::line).containsExactly(2);
    }

    private static final String MERGED = """
            --liquibase formatted sql
            --changeset alice:1
            CREATE TABLE users (id bigint PRIMARY KEY);
            --rollback DROP TABLE users;
            --changeset alice:2
            ALTER TABLE users ADD COLUMN email text;
            --rollback ALTER TABLE users DROP COLUMN email;
            """;

    @Test
    void appendingAChangesetToAMergedChangelogIsNoEdit() {
        BaseTester t = BaseTester.base("changelog.sql", MERGED, "more.sql", "--liquibase formatted sql\n"
                        + "--changeset bob:1\nCREATE TABLE orders (id bigint);\n--rollback DROP TABLE orders;\n")
                .branch("changelog.sql", MERGED + """
                        --changeset alice:3
                        ALTER TABLE users ADD COLUMN name text;
                        --rollback ALTER TABLE users DROP COLUMN name;
                        """, "a_first.sql", "--liquibase formatted sql\n--changeset carol:1\n"
                        + "CREATE TABLE tags (id bigint);\n--rollback DROP TABLE tags;\n", "more.sql",
                        "--liquibase formatted sql\n--changeset bob:1\nCREATE TABLE orders (id bigint);\n"
                                + "--rollback DROP TABLE orders;\n");
        assertThat(t.findings("edited-merged-migration")).isEmpty();
        assertThat(t.findings("version-below-base")).isEmpty();
        assertThat(t.findings("duplicate-migration-version")).isEmpty();
    }

    @Test
    void editingAMergedChangesetIsReportedOnItsLine() {
        List<Finding> edited = BaseTester.base("changelog.sql", MERGED)
                .branch("changelog.sql", MERGED.replace("email text", "email varchar(200)"))
                .findings("edited-merged-migration");
        assertThat(edited).extracting(Finding::file, Finding::line).containsExactly(tuple("db/changelog.sql", 6));
    }

    private static LintResult lintFiles(String... pathsAndTexts) {
        List<SourceFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            byte[] bytes = pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8);
            files.add(new SourceFile("db/" + pathsAndTexts[i], "db", pathsAndTexts[i], () -> bytes));
        }
        return new Linter(MigrationGuardConfig.defaults(Path.of("/p"))).lint(files);
    }

    @Test
    void xmlChangesAreLintedAsTheSqlLiquibaseRunsOnTheirOwnLines() {
        LintResult r = lintFiles("changelog.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
                    <changeSet id="1" author="alice">
                        <createTable tableName="users">
                            <column name="id" type="bigint"><constraints primaryKey="true"/></column>
                            <column name="email" type="text"/>
                        </createTable>
                    </changeSet>
                    <changeSet id="2" author="alice">
                        <createIndex tableName="users" indexName="users_email">
                            <column name="email"/>
                        </createIndex>
                    </changeSet>
                    <changeSet id="3" author="alice">
                        <sql>
                            ALTER TABLE users DROP COLUMN email;
                        </sql>
                        <rollback>
                            <addColumn tableName="users"><column name="email" type="text"/></addColumn>
                        </rollback>
                    </changeSet>
                </databaseChangeLog>
                """);
        assertThat(findings(r, "require-concurrent-index-creation")).extracting(Finding::file, Finding::line)
                .containsExactly(tuple("db/changelog.xml", 10));
        assertThat(findings(r, "ban-drop-column")).extracting(Finding::line, Finding::column)
                .containsExactly(tuple(16, 31));
        // createTable and createIndex roll back by themselves; the drop has its rollback
        assertThat(findings(r, "missing-down-migration")).isEmpty();
        assertThat(findings(r, "down-does-not-reverse-up")).isEmpty();
    }

    @Test
    void yamlChangesetSuppressionsAndRunInTransaction() {
        LintResult r = lintFiles("changelog.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: bob
                      runInTransaction: false
                      changes:
                        - sql:
                            sql: CREATE INDEX CONCURRENTLY users_email ON users (email);
                  - changeSet:
                      id: 2
                      author: bob
                      changes:
                        # migration-guard:ignore ban-drop-column the column is unused since 2.3
                        - dropColumn:
                            tableName: users
                            columnName: legacy
                        - dropColumn:
                            tableName: users
                            columnName: other
                """);
        assertThat(findings(r, "ban-concurrent-index-creation-in-transaction")).isEmpty();
        assertThat(findings(r, "ban-drop-column")).extracting(Finding::line).containsExactly(17);
        assertThat(findings(r, "unused-suppression")).isEmpty();
    }

    @Test
    void aChangelogThatIsNotWellFormedIsReportedWithItsLineAndTheOthersAreLinted() {
        LintResult r = lintFiles("a.xml", """
                <databaseChangeLog>
                  <changeSet id="1" author="a">
                    <dropTable tableName="t">
                  </changeSet>
                </databaseChangeLog>
                """, "b.xml", """
                <databaseChangeLog>
                  <changeSet id="1" author="a"><dropTable tableName="u"/></changeSet>
                </databaseChangeLog>
                """);
        assertThat(findings(r, "invalid-migration-name")).extracting(Finding::file, Finding::line)
                .containsExactly(tuple("db/a.xml", 4));
        assertThat(findings(r, "ban-drop-table")).extracting(Finding::file).containsExactly("db/b.xml");
    }

    @Test
    void anUnknownPropertyInAnXmlChangeIsTextNotAPlaceholder() {
        LintResult r = lintFiles("changelog.xml", """
                <databaseChangeLog>
                  <changeSet id="1" author="a">
                    <insert tableName="report">
                      <column name="sql" value="SELECT * FROM loan WHERE disbursed &lt;= '${endDate}'"/>
                    </insert>
                  </changeSet>
                </databaseChangeLog>
                """);
        assertThat(findings(r, "unknown-placeholder")).isEmpty();
        assertThat(r.findings()).extracting(Finding::rule).doesNotContain("syntax-error");
    }

    @Test
    void aNameHoldingAnUnsetPropertyIsNotMeasured() {
        LintResult r = lintFiles("changelog.xml", """
                <databaseChangeLog>
                  <changeSet id="1" author="a">
                    <createTable tableName="${prefix}portal_navigation_item_categories">
                      <column name="id" type="text"/>
                    </createTable>
                    <createIndex tableName="${prefix}portal_navigation_item_categories"
                                 indexName="idx_${prefix}portal_navigation_item_categories_item_id_abc_extra">
                      <column name="id"/>
                    </createIndex>
                  </changeSet>
                </databaseChangeLog>
                """);
        assertThat(findings(r, "identifier-too-long")).isEmpty();
    }
}
