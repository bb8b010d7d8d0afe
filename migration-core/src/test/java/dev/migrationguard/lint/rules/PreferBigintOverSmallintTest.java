package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class PreferBigintOverSmallintTest {

    @Test
    void smallintIsReported() {
        lint("""
            -- EXPECT: prefer-bigint-over-smallint
            CREATE TABLE t (id bigint, n smallint);
            """).matchesExpectations();
    }

    @Test
    void bigintIsFine() {
        lint("""
            CREATE TABLE t (id bigint);
            """).matchesExpectations();
    }
}
