package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class BanTruncateTest {

    @Test
    void truncateIsReported() {
        lint("""
            -- EXPECT: ban-truncate
            TRUNCATE users;
            -- EXPECT: ban-truncate
            TRUNCATE TABLE orders CASCADE;
            """).matchesExpectations();
    }

    @Test
    void truncateOfNewTableIsFine() {
        lint("""
            CREATE TABLE staging (id bigint);
            TRUNCATE staging;
            """).matchesExpectations();
    }
}
