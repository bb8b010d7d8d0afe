package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import dev.migrationguard.config.TransactionMode;
import org.junit.jupiter.api.Test;

class TransactionNestingTest {

    @Test
    void beginCommitInWrappedMigration() {
        lint("""
            -- EXPECT: transaction-nesting
            BEGIN;
            ALTER TABLE users ADD COLUMN a int;
            -- EXPECT: transaction-nesting
            COMMIT;
            """).matchesExpectations();
    }

    @Test
    void fineWithoutWrappingTransaction() {
        lint("""
            BEGIN;
            ALTER TABLE users ADD COLUMN a int;
            COMMIT;
            """)
                .with(b -> b.transactionMode(TransactionMode.NONE)).matchesExpectations();
    }

    @Test
    void savepointsAreFine() {
        lint("""
            SAVEPOINT s1;
            ALTER TABLE users ADD COLUMN a int;
            ROLLBACK TO SAVEPOINT s1;
            """).matchesExpectations();
    }
}
