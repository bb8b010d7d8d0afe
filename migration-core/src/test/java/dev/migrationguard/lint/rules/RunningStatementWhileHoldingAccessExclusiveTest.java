package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.RuleSetting;
import dev.migrationguard.config.TransactionMode;
import dev.migrationguard.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunningStatementWhileHoldingAccessExclusiveTest {

    private static final String RULE = "running-statement-while-holding-access-exclusive";

    @Test
    void backfillAfterAlterIsReported() {
        lint("""
            ALTER TABLE users ADD COLUMN active boolean;
            -- EXPECT: running-statement-while-holding-access-exclusive
            UPDATE users SET active = true WHERE active IS NULL;
            """).matchesExpectations();
    }

    @Test
    void oneFindingPerLockHoldAtTheFirstSlowStatementCountingTheOthers() {
        StringBuilder sql = new StringBuilder("ALTER TABLE accounts ADD COLUMN archived boolean;\n");
        for (int i = 1; i <= 50; i++) {
            sql.append("ALTER TABLE t").append(i).append(" ALTER COLUMN amount TYPE numeric(20, 2);\n");
        }
        List<Finding> findings = lint(sql.toString()).result().findings().stream()
                .filter(f -> f.rule().equals(RULE)).toList();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.message()).startsWith("ALTER TABLE on \"t1\" may run long while the transaction holds the "
                            + "ACCESS EXCLUSIVE lock on \"accounts\" taken at line 1")
                    .endsWith(", and 49 more statements, lines 3\u201351, run while it is held");
            assertThat(f.help()).contains("slow statements");
        });
    }

    @Test
    void oneMoreStatementIsNamedByItsLine() {
        lint("""
            ALTER TABLE users ADD COLUMN active boolean;
            SELECT 1;
            -- EXPECT: running-statement-while-holding-access-exclusive
            UPDATE users SET active = true WHERE id < 1000;
            DELETE FROM sessions WHERE user_id IS NULL;
            """).matchesExpectations();
        Finding f = lint("""
            ALTER TABLE users ADD COLUMN active boolean;
            UPDATE users SET active = true WHERE id < 1000;
            DELETE FROM sessions WHERE user_id IS NULL;
            """).result().findings().stream().filter(x -> x.rule().equals(RULE)).findFirst().orElseThrow();
        assertThat(f.message()).endsWith(", and 1 more statement, line 3, runs while it is held");
    }

    @Test
    void eachTransactionIsAHoldOfItsOwn() {
        lint("""
            BEGIN;
            ALTER TABLE users ADD COLUMN active boolean;
            -- EXPECT: running-statement-while-holding-access-exclusive
            UPDATE users SET active = true WHERE id < 1000;
            UPDATE users SET active = false WHERE id >= 1000;
            COMMIT;
            BEGIN;
            ALTER TABLE orders ADD COLUMN paid boolean;
            -- EXPECT: running-statement-while-holding-access-exclusive
            UPDATE orders SET paid = true WHERE total = 0;
            COMMIT;
            """)
                .with(b -> b.transactionMode(TransactionMode.NONE)).matchesExpectations();
    }

    @Test
    void statementsWhoseOwnRuleSaysToLeaveTheTransactionAreLeftToIt() {
        lint("""
            ALTER TABLE users ADD COLUMN active boolean;
            -- EXPECT: require-concurrent-index-creation
            CREATE INDEX users_active ON users (active);
            -- EXPECT: ban-update-without-where
            UPDATE users SET active = true;
            -- EXPECT: running-statement-while-holding-access-exclusive
            UPDATE users SET active = false WHERE banned;
            """).matchesExpectations();
    }

    @Test
    void withThoseRulesOffTheHoldCountsTheirStatements() {
        lint("""
            ALTER TABLE users ADD COLUMN active boolean;
            -- EXPECT: running-statement-while-holding-access-exclusive
            CREATE INDEX users_active ON users (active);
            UPDATE users SET active = true;
            """)
                .with(b -> b.rule("require-concurrent-index-creation", RuleSetting.OFF)
                        .rule("ban-update-without-where", RuleSetting.OFF))
                .matchesExpectations();
    }

    @Test
    void separateTransactionsAreFine() {
        lint("""
            ALTER TABLE users ADD COLUMN active boolean;
            UPDATE users SET active = true WHERE active IS NULL;
            """)
                .with(b -> b.transactionMode(TransactionMode.NONE)).matchesExpectations();
    }

    @Test
    void lockOnNewTableIsFine() {
        lint("""
            CREATE TABLE t (id int);
            ALTER TABLE t ADD COLUMN a int;
            UPDATE users SET active = true WHERE id = 2;
            CREATE INDEX CONCURRENTLY IF NOT EXISTS x ON users (id);
            """).matchesExpectations();
    }
}
