package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import org.junit.jupiter.api.Test;

class AddingExclusionConstraintTest {

    @Test
    void exclusionConstraintOnAnExistingTableIsReported() {
        lint("""
            -- EXPECT: adding-exclusion-constraint
            ALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);
            -- EXPECT: adding-exclusion-constraint
            ALTER TABLE ONLY app.bookings ADD EXCLUDE (room WITH =);
            """).matchesExpectations();
    }

    @Test
    void newTablesAndOtherConstraintsAreFine() {
        lint("""
            CREATE TABLE b (room int, during tstzrange, EXCLUDE USING gist (room WITH =, during WITH &&));
            CREATE TABLE c (room int);
            ALTER TABLE c ADD CONSTRAINT c_excl EXCLUDE USING gist (room WITH =);
            ALTER TABLE bookings ADD CONSTRAINT b_check CHECK (room > 0) NOT VALID;
            """).matchesExpectations();
    }
}
