package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import dev.migrationguard.config.RuleSetting;
import dev.migrationguard.config.TransactionMode;
import org.junit.jupiter.api.Test;

class BanUncommittedTransactionTest {

    @Test
    void beginWithoutCommit() {
        lint("""
            -- EXPECT: ban-uncommitted-transaction
            BEGIN;
            ALTER TABLE users ADD COLUMN a int;
            """)
                .with(b -> b.transactionMode(TransactionMode.NONE)).matchesExpectations();
    }

    @Test
    void inAWrappedMigrationTheBeginIsLeftToTransactionNesting() {
        lint("""
            -- EXPECT: transaction-nesting
            BEGIN;
            ALTER TABLE users ADD COLUMN a int;
            """).matchesExpectations();
        lint("""
            -- EXPECT: ban-uncommitted-transaction
            BEGIN;
            ALTER TABLE users ADD COLUMN a int;
            """)
                .with(b -> b.rule("transaction-nesting", RuleSetting.OFF))
                .matchesExpectations();
    }

    @Test
    void committedIsFine() {
        lint("""
            BEGIN;
            ALTER TABLE users ADD COLUMN a int;
            COMMIT;
            START TRANSACTION;
            ALTER TABLE users ADD COLUMN b int;
            ROLLBACK;
            """)
                .with(b -> b.transactionMode(TransactionMode.NONE)).matchesExpectations();
    }
}
