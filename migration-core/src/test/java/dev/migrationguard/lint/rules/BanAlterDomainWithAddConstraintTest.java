package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import org.junit.jupiter.api.Test;

class BanAlterDomainWithAddConstraintTest {

    @Test
    void addedConstraintThatScansIsReported() {
        lint("""
            -- EXPECT: ban-alter-domain-with-add-constraint
            ALTER DOMAIN positive_int ADD CONSTRAINT positive CHECK (VALUE > 0);
            -- EXPECT: ban-alter-domain-with-add-constraint
            ALTER DOMAIN app.email ADD CHECK (VALUE ~ '@');
            """).matchesExpectations();
    }

    @Test
    void notValidOtherActionsAndNewDomainsAreFine() {
        lint("""
            ALTER DOMAIN positive_int ADD CONSTRAINT positive CHECK (VALUE > 0) NOT VALID;
            ALTER DOMAIN positive_int VALIDATE CONSTRAINT positive;
            ALTER DOMAIN positive_int DROP CONSTRAINT positive;
            ALTER DOMAIN positive_int SET DEFAULT 1;
            CREATE DOMAIN code AS text;
            ALTER DOMAIN code ADD CONSTRAINT code_len CHECK (length(VALUE) < 10);
            """).matchesExpectations();
    }
}
