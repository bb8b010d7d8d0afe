package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class PreferIdentityTest {

    @Test
    void serialIsReported() {
        lint("""
            -- EXPECT: prefer-identity
            CREATE TABLE t (id bigserial PRIMARY KEY);
            """).matchesExpectations();
    }

    @Test
    void identityIsFine() {
        lint("""
            CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
            """).matchesExpectations();
    }

    @Test
    void notBeforePg10() {
        lint("""
            CREATE TABLE t (id bigserial PRIMARY KEY);
            """)
                .with(b -> b.pgVersion(9)).matchesExpectations();
    }
}
