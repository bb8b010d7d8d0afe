package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class PreferBigintOverIntTest {

    @Test
    void integerIsReported() {
        lint("""
            -- EXPECT: prefer-bigint-over-int
            CREATE TABLE t (id int4);
            -- EXPECT: prefer-bigint-over-int
            ALTER TABLE t ADD COLUMN n integer;
            """).matchesExpectations();
    }

    @Test
    void bigintIsFine() {
        lint("""
            CREATE TABLE t (id bigint, small_list bigint[]);
            """).matchesExpectations();
    }
}
