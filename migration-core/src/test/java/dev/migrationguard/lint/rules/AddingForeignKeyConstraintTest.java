package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.RuleSetting;
import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddingForeignKeyConstraintTest {

    @Test
    void validatedForeignKeysAreReported() {
        lint("""
            -- EXPECT: adding-foreign-key-constraint
            ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id);
            -- EXPECT: adding-foreign-key-constraint
            ALTER TABLE orders ADD COLUMN coupon_id bigint DEFAULT 0 REFERENCES coupons (id);
            """).matchesExpectations();
    }

    @Test
    void aForeignKeyWithoutNotValidGetsOneFindingCarryingBothSteps() {
        List<Finding> findings = lint("""
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);
            """).result().findings().stream()
                .filter(f -> f.rule().equals("adding-foreign-key-constraint")
                        || f.rule().equals("constraint-missing-not-valid"))
                .toList();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("adding-foreign-key-constraint");
            assertThat(f.severity().label()).isEqualTo("error");
            assertThat(f.message()).contains("\"orders_user_fk\"", "without NOT VALID", "orders and users");
            assertThat(f.help()).contains("NOT VALID", "VALIDATE CONSTRAINT in a later migration");
        });
    }

    @Test
    void aNewColumnWithoutDefaultIsAllNullAndNotChecked() {
        lint("""
            ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id);
            ALTER TABLE orders ADD COLUMN voucher_id bigint, ADD COLUMN note text;
            """).matchesExpectations();
    }

    @Test
    void aNewColumnIsCheckedWhenTheStatementAlsoFillsAColumnOrAddsAForeignKey() {
        lint("""
            -- EXPECT: adding-foreign-key-constraint
            ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id), ADD COLUMN n int DEFAULT 0;
            -- EXPECT: adding-foreign-key-constraint,adding-foreign-key-constraint
            ALTER TABLE orders ADD COLUMN a_id bigint REFERENCES a (id), ADD FOREIGN KEY (b_id) REFERENCES b (id);
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

    @Test
    void turnedOffItLeavesForeignKeysToConstraintMissingNotValid() {
        lint("""
            -- EXPECT: constraint-missing-not-valid
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);
            """)
                .with(b -> b.rule("adding-foreign-key-constraint", RuleSetting.OFF)).matchesExpectations();
    }
}
