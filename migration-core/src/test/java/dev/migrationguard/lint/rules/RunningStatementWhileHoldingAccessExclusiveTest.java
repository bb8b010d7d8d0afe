package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import dev.migrationguard.config.TransactionMode;
import org.junit.jupiter.api.Test;

class RunningStatementWhileHoldingAccessExclusiveTest {

    @Test
    void backfillAfterAlterIsReported() {
        lint("""
            ALTER TABLE users ADD COLUMN active boolean;
            -- EXPECT: running-statement-while-holding-access-exclusive
            UPDATE users SET active = true WHERE active IS NULL;
            """).matchesExpectations();
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
