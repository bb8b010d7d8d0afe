package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import dev.migrationguard.config.RuleSetting;
import dev.migrationguard.lint.Severity;
import org.junit.jupiter.api.Test;

class RequireStatementTimeoutTest {

    @Test
    void offByDefault() {
        lint("""
            ALTER TABLE users ADD COLUMN a int;
            """).matchesExpectations();
    }

    @Test
    void whenEnabled() {
        lint("""
            -- EXPECT: require-statement-timeout
            ALTER TABLE users ALTER COLUMN a SET NOT NULL;
            """)
                .with(b -> b.rule("require-statement-timeout", new RuleSetting(Severity.WARNING))).matchesExpectations();
    }

    @Test
    void setStatementTimeoutIsFine() {
        lint("""
            SET statement_timeout TO '60s';
            ALTER TABLE users ALTER COLUMN a SET NOT NULL;
            """)
                .with(b -> b.rule("require-statement-timeout", new RuleSetting(Severity.WARNING))).matchesExpectations();
    }
}
