package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import dev.migrationguard.lint.LintTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DropForeignKeyTest {

    @Test
    void dropOfKnownOrConventionallyNamedForeignKey() {
        lint("""
            -- EXPECT: drop-foreign-key
            ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;
            -- EXPECT: drop-foreign-key
            ALTER TABLE orders DROP CONSTRAINT fk_orders_customer;
            """).matchesExpectations();
    }

    @Test
    void dropOfOtherConstraintsIsFine() {
        lint("""
            ALTER TABLE orders DROP CONSTRAINT orders_total_check;
            ALTER TABLE orders DROP CONSTRAINT orders_ref_key;
            """).matchesExpectations();
    }

    @Test
    void constraintKnownFromEarlierMigration() {
        LintTester tester = lint("""
            -- EXPECT: drop-foreign-key
            ALTER TABLE orders DROP CONSTRAINT owner_link;
            ALTER TABLE orders DROP CONSTRAINT positive_fk_total;
            """);
        tester.matchesExpectationsWith(Map.of("V1__init.sql", "CREATE TABLE orders (id bigint, owner bigint, total int);\nALTER TABLE orders ADD CONSTRAINT owner_link FOREIGN KEY (owner) REFERENCES users (id);\nALTER TABLE orders ADD CONSTRAINT positive_fk_total CHECK (total > 0);\n"));
    }
}
