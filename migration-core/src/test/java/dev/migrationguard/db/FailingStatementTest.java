package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statement named for a failed transactional migration is the one the server refused, whatever follows it: later
 * statements, a later syntax error (which the server reports with its own error, not as "transaction aborted"), a
 * failure in the first or last statement, statements spanning lines, comments between them.
 */
class FailingStatementTest {

    @TempDir
    java.nio.file.Path project;
    RunnerTestSupport t;

    @BeforeEach
    void setUp() throws Exception {
        t = new RunnerTestSupport(project);
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    /** Migrates {@code V1__t.sql} holding {@code sql}; the single problem, after checking nothing was applied. */
    private AbstractStringAssert<?> failure(String sql) throws Exception {
        t.file("V1__t.sql", sql);
        RunResult r = t.runner().migrate(RunOptions.defaults());
        assertThat(r.ok()).isFalse();
        assertThat(t.db.query("SELECT count(*) FROM migration_guard_history")).isEqualTo(0L);
        assertThat(t.db.query("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = current_schema() AND c.relname LIKE 'ok%'")).isEqualTo(0L);
        assertThat(r.problems()).hasSize(1);
        return assertThat(r.problems().get(0)).doesNotContain(";;").doesNotContain("25P02")
                .contains("rolled back");
    }

    @Test
    void theIssuesExampleNamesLineTwoThoughALaterStatementIsASyntaxError() throws Exception {
        failure("""
                CREATE TABLE ok1 (id int);
                CREATE TABLE a AS SELECT 1 FROM nonexistent_table;
                CREATE TABLE ok2 (id int);
                CREATE TABLE ok3 (id int);
                SELEC 1;
                """)
                .contains("V1__t.sql:2:", "relation \"nonexistent_table\" does not exist", "42P01",
                        "in: CREATE TABLE a AS SELECT 1 FROM nonexistent_table;")
                .doesNotContain("ok2", "SELEC 1");
    }

    @Test
    void aFailureInTheFirstStatementFollowedBySyntaxErrors() throws Exception {
        failure("""
                INSERT INTO nowhere VALUES (1);
                CREATE TABLE ok1 (id int);
                SELEC 1;
                CREAT TABLE x;
                """)
                .contains("V1__t.sql:1:", "relation \"nowhere\" does not exist", "in: INSERT INTO nowhere VALUES (1)");
    }

    @Test
    void aFailureInTheLastStatement() throws Exception {
        failure("""
                CREATE TABLE ok1 (id int);
                CREATE TABLE ok2 (id int);
                SELECT 1 / 0;
                """)
                .contains("V1__t.sql:3:", "division by zero", "22012", "in: SELECT 1 / 0;");
    }

    @Test
    void aSyntaxErrorItselfIsNamed() throws Exception {
        failure("""
                CREATE TABLE ok1 (id int);
                SELEC 1;
                CREATE TABLE ok2 (id int);
                """)
                .contains("V1__t.sql:2:", "syntax error", "42601", "in: SELEC 1;");
    }

    @Test
    void aStatementSpanningLinesIsNamedAtTheServersErrorPosition() throws Exception {
        failure("""
                CREATE TABLE ok1 (id int);
                CREATE VIEW ok_view AS
                    SELECT id,
                           no_such_column
                    FROM ok1;
                CREATE TABLE ok2 (id int);
                SELEC 2;
                """)
                .contains("V1__t.sql:4:", "column \"no_such_column\" does not exist",
                        "in: CREATE VIEW ok_view AS SELECT id, no_such_column FROM ok1;");
    }

    @Test
    void aStatementSpanningLinesWhoseErrorHasNoPositionIsNamedAtItsFirstLine() throws Exception {
        failure("""
                CREATE TABLE ok1 (id int);

                CREATE TABLE child (
                    id int,
                    parent_id int REFERENCES missing_parent (id)
                );
                CREATE TABLE ok2 (id int);
                SELEC 2;
                """)
                .contains("V1__t.sql:3:", "relation \"missing_parent\" does not exist", "in: CREATE TABLE child (");
    }

    @Test
    void anErrorWithoutAPositionIsNamedAtItsStatementAfterCommentsHoldingSemicolons() throws Exception {
        failure("""
                CREATE TABLE ok1 (id int PRIMARY KEY);
                -- a comment; with a semicolon
                /* a block comment;
                   over two lines; */
                INSERT INTO ok1 VALUES (1), (1);
                -- another; comment
                CREATE TABLE ok2 (id int);
                SELEC 3;
                """)
                .contains("V1__t.sql:5:", "duplicate key value violates unique constraint", "23505",
                        "in: INSERT INTO ok1 VALUES (1), (1);");
    }

    @Test
    void aFailureAfterManyStatementsOfOneLineEach() throws Exception {
        StringBuilder sql = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            sql.append("CREATE TABLE ok").append(i).append(" (id int);\n");
        }
        sql.append("ALTER TABLE ok7 ADD COLUMN x int REFERENCES gone (id);\n");
        for (int i = 41; i <= 60; i++) {
            sql.append(i % 5 == 0 ? "SELEC " + i + ";\n" : "CREATE TABLE ok" + i + " (id int);\n");
        }
        failure(sql.toString()).contains("V1__t.sql:41:", "relation \"gone\" does not exist",
                "in: ALTER TABLE ok7 ADD COLUMN x int REFERENCES gone (id);");
    }
}
