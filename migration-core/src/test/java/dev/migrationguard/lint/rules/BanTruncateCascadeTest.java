package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import dev.migrationguard.config.RuleSetting;
import org.junit.jupiter.api.Test;

class BanTruncateCascadeTest {

    @Test
    void truncateCascadeIsReportedOnceByThisRule() {
        lint("""
            -- EXPECT: ban-truncate-cascade
            TRUNCATE users CASCADE;
            -- EXPECT: ban-truncate-cascade
            TRUNCATE TABLE ONLY users, orders RESTART IDENTITY CASCADE;
            -- EXPECT: ban-truncate
            TRUNCATE users;
            """).allRules().with(b -> b.rule("require-lock-timeout", RuleSetting.OFF)).matchesExpectations();
    }

    @Test
    void banTruncateReportsTheCascadeWhenThisRuleIsOff() {
        lint("""
            -- EXPECT: ban-truncate
            TRUNCATE users CASCADE;
            """).with(b -> b.rule("ban-truncate-cascade", RuleSetting.OFF)).matchesExpectations();
    }

    @Test
    void restrictAndNewTablesAreFine() {
        lint("""
            CREATE TABLE t (id bigint);
            TRUNCATE t CASCADE;
            TRUNCATE users RESTRICT;
            """).matchesExpectations();
    }
}
