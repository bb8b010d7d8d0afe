package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class PreferJsonbTest {

    @Test
    void jsonIsReported() {
        lint("""
            -- EXPECT: prefer-jsonb
            CREATE TABLE t (id bigint, payload json);
            """).matchesExpectations();
    }

    @Test
    void jsonbIsFine() {
        lint("""
            CREATE TABLE t (id bigint, payload jsonb);
            """).matchesExpectations();
    }
}
