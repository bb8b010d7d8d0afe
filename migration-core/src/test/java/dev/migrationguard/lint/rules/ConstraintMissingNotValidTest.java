package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class ConstraintMissingNotValidTest {

    @Test
    void checkAndForeignKeyWithoutNotValid() {
        lint("""
            -- EXPECT: constraint-missing-not-valid
            ALTER TABLE orders ADD CONSTRAINT positive_total CHECK (total > 0);
            -- EXPECT: constraint-missing-not-valid,adding-foreign-key-constraint
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);
            """).matchesExpectations();
    }

    @Test
    void notValidOrNewTableIsFine() {
        lint("""
            ALTER TABLE orders ADD CONSTRAINT positive_total CHECK (total > 0) NOT VALID;
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
            CREATE TABLE items (id bigint, qty int);
            ALTER TABLE items ADD CONSTRAINT qty_positive CHECK (qty > 0);
            """).matchesExpectations();
    }
}
