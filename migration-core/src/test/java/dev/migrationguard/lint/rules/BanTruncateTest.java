package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class BanTruncateTest {

    @Test
    void truncateIsReported() {
        lint("""
            -- EXPECT: ban-truncate
            TRUNCATE users;
            -- EXPECT: ban-truncate-cascade
            TRUNCATE TABLE orders CASCADE;
            """).matchesExpectations();
    }

    @Test
    void truncateCascadeIsReportedHereWhenBanTruncateCascadeIsOff() {
        lint("""
            -- EXPECT: ban-truncate
            TRUNCATE TABLE orders CASCADE;
            """).with(b -> b.rule("ban-truncate-cascade", dev.migrationguard.config.RuleSetting.OFF))
                .matchesExpectations();
    }

    @Test
    void truncateOfNewTableIsFine() {
        lint("""
            CREATE TABLE staging (id bigint);
            TRUNCATE staging;
            """).matchesExpectations();
    }
}
