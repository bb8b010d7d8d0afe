package dev.migrationguard.lint.rules;

import dev.migrationguard.config.RuleSetting;
import dev.migrationguard.lint.LintTester;
import dev.migrationguard.lint.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForeignKeyWithoutIndexTest {

    private static LintTester lint(String sql) {
        return LintTester.lint(sql).with(b -> b.rule("foreign-key-without-index", new RuleSetting(Severity.WARNING)));
    }

    @Test
    void offByDefault() {
        LintTester.lint("""
            CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));
            """).matchesExpectations();
    }

    @Test
    void foreignKeysWithoutAnIndexAreReported() {
        lint("""
            -- EXPECT: foreign-key-without-index
            CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));
            -- EXPECT: foreign-key-without-index
            CREATE TABLE items (id bigint PRIMARY KEY, a bigint, b bigint, FOREIGN KEY (a, b) REFERENCES pairs (x, y));
            CREATE TABLE tags (id bigint PRIMARY KEY, order_id bigint);
            -- EXPECT: foreign-key-without-index
            ALTER TABLE tags ADD CONSTRAINT tags_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
            -- EXPECT: foreign-key-without-index
            ALTER TABLE tags ADD COLUMN item_id bigint REFERENCES items (id);
            CREATE INDEX items_b_a_c_idx ON items (c, a, b);
            """).matchesExpectations();
    }

    @Test
    void indexesBuiltBeforeOrLaterInTheScriptCount() {
        lint("""
            CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));
            CREATE INDEX orders_user_id_idx ON orders (user_id);
            CREATE TABLE links (a bigint REFERENCES orders (id), b bigint REFERENCES orders (id), PRIMARY KEY (a, b));
            CREATE UNIQUE INDEX links_b_a ON links (b, a);
            CREATE TABLE pairs (x bigint, y bigint, UNIQUE (y, x), FOREIGN KEY (x, y) REFERENCES other (p, q));
            CREATE TABLE grants (client_id text, nid uuid, FOREIGN KEY (client_id, nid) REFERENCES clients (id, nid));
            CREATE INDEX grants_client_idx ON grants (client_id);
            """).matchesExpectations();
    }

    @Test
    void indexesOfEarlierMigrationsCount() {
        lint("""
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
            -- EXPECT: foreign-key-without-index
            ALTER TABLE orders ADD CONSTRAINT orders_shop_fk FOREIGN KEY (shop_id) REFERENCES shops (id) NOT VALID;
            """).matchesExpectationsWith(Map.of(
                "V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, shop_id bigint);\n",
                "V1_1__index.sql", "CREATE INDEX CONCURRENTLY orders_user_idx ON orders (user_id);\n"));
    }

    @Test
    void tablesAndMigrationsOutsideTheKnownHistoryAreNotReported() {
        // the table was not created by the migrations: its indexes are not known
        lint("""
            ALTER TABLE legacy ADD CONSTRAINT legacy_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
            """).matchesExpectations();
        // a repeatable migration has no place in the history
        lint("""
            CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));
            """).as("R__orders.sql").matchesExpectations();
    }
}
