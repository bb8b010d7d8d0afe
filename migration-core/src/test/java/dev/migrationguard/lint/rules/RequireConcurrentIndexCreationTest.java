package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.lint.Finding;
import org.junit.jupiter.api.Test;

class RequireConcurrentIndexCreationTest {

    @Test
    void blockingIndexOnExistingTable() {
        lint("""
            -- EXPECT: require-concurrent-index-creation
            CREATE INDEX users_email_idx ON users (email);
            -- EXPECT: require-concurrent-index-creation
            CREATE UNIQUE INDEX IF NOT EXISTS orders_ref_idx ON shop.orders USING btree (ref) WHERE ref IS NOT NULL;
            """).matchesExpectations();
    }

    @Test
    void concurrentIndexIsFine() {
        lint("""
            CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
            CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_login_idx ON users (lower(login));
            """).matchesExpectations();
    }

    @Test
    void indexOnTableCreatedEarlierInTheMigrationIsFine() {
        lint("""
            CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint NOT NULL);
            CREATE INDEX invoices_customer_idx ON invoices (customer_id);
            -- EXPECT: require-concurrent-index-creation
            CREATE INDEX customers_name_idx ON customers (name);
            """).matchesExpectations();
    }

    @Test
    void messageNamesIndexTableAndLock() {
        Finding f = lint("CREATE INDEX idx ON users (email);\n").result().findings().get(0);
        assertThat(f.message()).isEqualTo("Creating index idx without CONCURRENTLY takes a SHARE lock on \"users\" "
                + "that blocks INSERT, UPDATE and DELETE until the build ends");
        assertThat(f.docs()).isEqualTo("docs/rules/require-concurrent-index-creation.md");
    }
}
