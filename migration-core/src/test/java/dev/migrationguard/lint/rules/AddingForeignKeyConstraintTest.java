package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import dev.migrationguard.lint.LintTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddingForeignKeyConstraintTest {

    @Test
    void validatedForeignKeysAreReported() {
        lint("""
            -- EXPECT: adding-foreign-key-constraint,constraint-missing-not-valid
            ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id);
            -- EXPECT: adding-foreign-key-constraint
            ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id);
            """).matchesExpectations();
    }

    @Test
    void notValidThenValidateLaterIsFine() {
        LintTester tester = lint("""
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
            """);
        tester.matchesExpectationsWith(Map.of("V3__validate.sql", "ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;\n"));
    }

    @Test
    void createTableWithReferencesIsFine() {
        lint("""
            CREATE TABLE items (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id));
            """).matchesExpectations();
    }
}
