package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import dev.migrationguard.config.TransactionMode;
import org.junit.jupiter.api.Test;

class NotValidValidateSameTransactionTest {

    @Test
    void validateInSameMigrationIsReported() {
        lint("""
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
            -- EXPECT: not-valid-validate-same-transaction
            ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
            """).matchesExpectations();
    }

    @Test
    void autocommitModeIsFine() {
        lint("""
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
            ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
            """)
                .with(b -> b.transactionMode(TransactionMode.NONE)).matchesExpectations();
    }

    @Test
    void explicitTransactionInAutocommitMode() {
        lint("""
            BEGIN;
            ALTER TABLE orders ADD CONSTRAINT c CHECK (total > 0) NOT VALID;
            -- EXPECT: not-valid-validate-same-transaction
            ALTER TABLE orders VALIDATE CONSTRAINT c;
            COMMIT;
            """)
                .with(b -> b.transactionMode(TransactionMode.NONE)).matchesExpectations();
    }

    @Test
    void validateInLaterMigrationIsFine() {
        lint("""
            ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
            """).matchesExpectations();
    }
}
