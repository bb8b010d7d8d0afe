package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.TransactionMode;
import dev.migrationguard.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipleAlterTableTest {

    @Test
    void consecutiveAlterTablesThatEachScanAreReportedOncePerRun() {
        lint("""
            ALTER TABLE users ALTER COLUMN a SET NOT NULL;
            -- EXPECT: multiple-alter-table
            ALTER TABLE users ALTER COLUMN b TYPE bigint;
            ALTER TABLE users ADD CONSTRAINT users_c_check CHECK (c > 0);
            SELECT 1;
            ALTER TABLE orders ALTER COLUMN a SET NOT NULL;
            -- EXPECT: multiple-alter-table
            ALTER TABLE public.orders ALTER COLUMN b SET NOT NULL;
            """).matchesExpectations();
    }

    @Test
    void outsideATransactionEveryRunIsReported() {
        lint("""
            ALTER TABLE users DROP CONSTRAINT users_a_fkey;
            -- EXPECT: multiple-alter-table
            ALTER TABLE users DROP CONSTRAINT users_b_fkey;
            """).with(b -> b.transactionMode(TransactionMode.NONE)).matchesExpectations();
    }

    @Test
    void runsThatCannotOrNeedNotBeCombinedAreFine() {
        lint("""
            ALTER TABLE users DROP CONSTRAINT users_a_fkey;
            ALTER TABLE users DROP CONSTRAINT users_b_fkey;
            ALTER TABLE users ADD COLUMN x bigint REFERENCES orders (id);
            ALTER TABLE users ADD COLUMN y bigint REFERENCES orders (id);
            ALTER TABLE users ALTER COLUMN a SET NOT NULL;
            ALTER TABLE users RENAME COLUMN a TO b;
            ALTER TABLE users ALTER COLUMN c SET NOT NULL;
            ALTER TABLE orders ALTER COLUMN c SET NOT NULL;
            ALTER TABLE users ADD CONSTRAINT users_d_check CHECK (d > 0) NOT VALID;
            ALTER TABLE users VALIDATE CONSTRAINT users_d_check;
            CREATE TABLE t (id bigint);
            ALTER TABLE t ALTER COLUMN id SET NOT NULL;
            ALTER TABLE t ALTER COLUMN id TYPE text;
            """).matchesExpectations();
    }

    @Test
    void messageNamesTheLinesOfTheRun() {
        List<Finding> found = lint("""
            ALTER TABLE users ALTER COLUMN a SET NOT NULL;
            ALTER TABLE users ALTER COLUMN b SET NOT NULL;
            ALTER TABLE users ALTER COLUMN c SET NOT NULL;
            """).result().findings().stream().filter(f -> f.rule().equals("multiple-alter-table")).toList();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).message()).contains("3 ALTER TABLE statements in a row on \"users\" (lines 1, 2 and 3)");
    }
}
