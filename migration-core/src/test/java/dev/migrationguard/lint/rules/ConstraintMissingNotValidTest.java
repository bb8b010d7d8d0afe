package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import dev.migrationguard.config.RuleSetting;
import org.junit.jupiter.api.Test;

class ConstraintMissingNotValidTest {

    @Test
    void checkWithoutNotValid() {
        lint("""
            -- EXPECT: constraint-missing-not-valid
            ALTER TABLE orders ADD CONSTRAINT positive_total CHECK (total > 0);
            """).matchesExpectations();
    }

    @Test
    void foreignKeysAreLeftToAddingForeignKeyConstraint() {
        lint("""
            -- EXPECT: adding-foreign-key-constraint
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);
            -- EXPECT: constraint-missing-not-valid,adding-foreign-key-constraint
            ALTER TABLE orders ADD CONSTRAINT c CHECK (total > 0), ADD FOREIGN KEY (shop_id) REFERENCES shops (id);
            """).matchesExpectations();
    }

    @Test
    void foreignKeysWhenAddingForeignKeyConstraintIsOff() {
        lint("""
            -- EXPECT: constraint-missing-not-valid
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);
            """)
                .with(b -> b.rule("adding-foreign-key-constraint", RuleSetting.OFF)).matchesExpectations();
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

    @Test
    void checkAsAColumnConstraintOfAddColumn() {
        lint("""
            -- EXPECT: constraint-missing-not-valid
            ALTER TABLE users ADD COLUMN age int CHECK (age >= 0);
            -- EXPECT: constraint-missing-not-valid
            ALTER TABLE users ADD COLUMN score bigint CONSTRAINT score_positive CHECK (score > 0);
            -- EXPECT: constraint-missing-not-valid
            ALTER TABLE users ADD kind text NOT NULL DEFAULT 'a' CHECK (kind IN ('a', 'b'));
            -- EXPECT: constraint-missing-not-valid
            ALTER TABLE IF EXISTS ONLY users ADD COLUMN IF NOT EXISTS rank int check(rank < 10);
            """).matchesExpectations();
    }

    @Test
    void referencesAsAColumnConstraintWhenAddingForeignKeyConstraintIsOff() {
        lint("""
            -- EXPECT: constraint-missing-not-valid
            ALTER TABLE orders ADD COLUMN user_id bigint DEFAULT 0 REFERENCES users (id);
            ALTER TABLE orders ADD COLUMN other_id bigint REFERENCES users (id);
            """)
                .with(b -> b.rule("adding-foreign-key-constraint", RuleSetting.OFF)).matchesExpectations();
    }

    @Test
    void columnConstraintsOfANewTableAreFine() {
        lint("""
            CREATE TABLE t (id bigint PRIMARY KEY);
            ALTER TABLE t ADD COLUMN age int CHECK (age >= 0);
            """).matchesExpectations();
    }
}
