package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequireLockTimeoutTest {

    @Test
    void blockingLockWithoutTimeout() {
        lint("""
            CREATE TABLE t (id int);
            -- EXPECT: require-lock-timeout
            ALTER TABLE users ADD COLUMN a int;
            ALTER TABLE users ADD COLUMN b int;
            """).matchesExpectations();
    }

    @Test
    void oneFindingPerScriptNamingTheLockedTables() {
        List<Finding> findings = lint("""
            ALTER TABLE users ADD COLUMN a int;
            CREATE INDEX orders_user ON orders (user_id);
            ALTER TABLE users ADD COLUMN b int;
            DROP TABLE legacy_sessions;
            """).result().findings().stream().filter(f -> f.rule().equals("require-lock-timeout")).toList();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(1);
            assertThat(f.message()).startsWith("4 statements of this script take locks that block writes on "
                    + "\"users\", \"orders\" and \"legacy_sessions\" with no lock_timeout, starting here with an "
                    + "ACCESS EXCLUSIVE lock on \"users\"");
        });
    }

    @Test
    void manyTablesAreCappedAtFiveNames() {
        StringBuilder sql = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            sql.append("ALTER TABLE t").append(i).append(" ADD COLUMN a int;\n");
        }
        Finding f = lint(sql.toString()).result().findings().stream()
                .filter(x -> x.rule().equals("require-lock-timeout")).findFirst().orElseThrow();
        assertThat(f.message()).contains("8 statements of this script",
                "\"t1\", \"t2\", \"t3\", \"t4\", \"t5\" and 3 more");
    }

    @Test
    void statementsAfterTheTimeoutAreNotCounted() {
        Finding f = lint("""
            ALTER TABLE users ADD COLUMN a int;
            SET lock_timeout = '5s';
            ALTER TABLE orders ADD COLUMN b int;
            """).result().findings().stream()
                .filter(x -> x.rule().equals("require-lock-timeout")).findFirst().orElseThrow();
        assertThat(f.message()).startsWith("This statement takes an ACCESS EXCLUSIVE lock on \"users\" with no "
                + "lock_timeout").doesNotContain("orders");
    }

    @Test
    void oneStatementLockingTwoTablesNamesBoth() {
        Finding f = lint("""
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
            """).result().findings().stream()
                .filter(x -> x.rule().equals("require-lock-timeout")).findFirst().orElseThrow();
        assertThat(f.message()).startsWith("This statement takes locks that block writes on \"orders\" and \"users\" "
                + "with no lock_timeout");
    }

    @Test
    void setLockTimeoutFirstIsFine() {
        lint("""
            SET lock_timeout = '5s';
            ALTER TABLE users ADD COLUMN a int;
            """).matchesExpectations();
    }

    @Test
    void configuredLockTimeoutIsFine() {
        lint("""
            ALTER TABLE users ADD COLUMN a int;
            """)
                .with(b -> b.lockTimeout("3s")).matchesExpectations();
    }

    @Test
    void zeroTimeoutDoesNotCount() {
        lint("""
            SET lock_timeout = 0;
            -- EXPECT: require-lock-timeout
            ALTER TABLE users ADD COLUMN a int;
            """).matchesExpectations();
    }

    @Test
    void weakLocksAreFine() {
        lint("""
            CREATE INDEX CONCURRENTLY i ON users (a);
            INSERT INTO users (id) VALUES (1);
            CREATE TABLE t (id int);
            CREATE INDEX t_idx ON t (id);
            """).matchesExpectations();
    }

    @Test
    void dropIndexNamesTheTableOfTheIndex() {
        Finding known = lint("DROP INDEX orders_user_idx;\n")
                .resultWith(java.util.Map.of("V1__init.sql", "CREATE TABLE orders (user_id bigint);\n"
                        + "CREATE INDEX orders_user_idx ON orders (user_id);\n"))
                .findings().stream().filter(f -> f.rule().equals("require-lock-timeout")
                        && f.file().endsWith("V2__test.sql")).findFirst().orElseThrow();
        assertThat(known.message()).contains("lock on \"orders\"").doesNotContain("orders_user_idx");

        Finding unknown = lint("DROP INDEX orders_user_idx;\n").result().findings().stream()
                .filter(f -> f.rule().equals("require-lock-timeout")).findFirst().orElseThrow();
        assertThat(unknown.message()).contains("the table of index orders_user_idx");
    }

    @Test
    void customSettingsEndingInLockTimeoutDoNotCount() {
        lint("""
            SET app.lock_timeout = '2s';
            SET "myapp".lock_timeout TO '2s';
            SET LOCAL my_ext.lock_timeout = 5000;
            SELECT set_config('app.lock_timeout', '2s', false);
            -- EXPECT: require-lock-timeout
            ALTER TABLE users ADD COLUMN a text;
            """).matchesExpectations();
    }

    @Test
    void theRealSettingInEverySpellingCounts() {
        lint("""
            SET LOCAL lock_timeout = '2s';
            ALTER TABLE users ADD COLUMN a text;
            """).matchesExpectations();
        lint("""
            SET SESSION "lock_timeout" TO 2000;
            ALTER TABLE users ADD COLUMN a text;
            """).matchesExpectations();
        lint("""
            SET Lock_Timeout = '2s';
            ALTER TABLE users ADD COLUMN a text;
            """).matchesExpectations();
    }
}
