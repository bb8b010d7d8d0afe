package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class BanCreateDomainWithConstraintTest {

    @Test
    void domainWithCheckIsReported() {
        lint("""
            -- EXPECT: ban-create-domain-with-constraint
            CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
            """).matchesExpectations();
    }

    @Test
    void domainWithoutCheckIsFine() {
        lint("""
            CREATE DOMAIN email AS text;
            """).matchesExpectations();
    }
}
