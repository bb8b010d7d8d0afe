package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class DisallowedUniqueConstraintTest {

    @Test
    void uniqueConstraintIsReported() {
        lint("""
            -- EXPECT: disallowed-unique-constraint
            ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
            """).matchesExpectations();
    }

    @Test
    void usingIndexOrNewTableIsFine() {
        lint("""
            ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;
            CREATE TABLE t (a int);
            ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a);
            """).matchesExpectations();
    }
}
