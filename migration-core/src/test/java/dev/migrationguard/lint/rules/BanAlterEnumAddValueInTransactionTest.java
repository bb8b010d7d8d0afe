package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import dev.migrationguard.config.TransactionMode;
import org.junit.jupiter.api.Test;

class BanAlterEnumAddValueInTransactionTest {

    @Test
    void inTransactionBeforePg12() {
        lint("""
            -- EXPECT: ban-alter-enum-add-value-in-transaction
            ALTER TYPE mood ADD VALUE 'curious';
            """)
                .with(b -> b.pgVersion(11)).matchesExpectations();
    }

    @Test
    void fineFromPg12WhenTheValueIsNotUsed() {
        lint("""
            ALTER TYPE mood ADD VALUE IF NOT EXISTS 'curious';
            """).matchesExpectations();
    }

    @Test
    void usingTheNewValueInTheSameTransaction() {
        lint("""
            ALTER TYPE mood ADD VALUE 'curious';
            -- EXPECT: ban-alter-enum-add-value-in-transaction
            UPDATE people SET current_mood = 'curious' WHERE id = 1;
            """).matchesExpectations();
    }

    @Test
    void autocommitBeforePg12IsFine() {
        lint("""
            ALTER TYPE mood ADD VALUE 'curious';
            """)
                .with(b -> b.pgVersion(11).transactionMode(TransactionMode.NONE)).matchesExpectations();
    }
}
