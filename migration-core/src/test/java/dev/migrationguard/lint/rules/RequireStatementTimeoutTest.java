package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

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
    void oneFindingPerScriptNamingTheLockedTables() {
        lint("""
            -- EXPECT: require-statement-timeout
            ALTER TABLE users ALTER COLUMN a SET NOT NULL;
            ALTER TABLE orders ALTER COLUMN b SET NOT NULL;
            CREATE INDEX users_c ON users (c);
            """)
                .with(b -> b.rule("require-statement-timeout", new RuleSetting(Severity.WARNING))).matchesExpectations();
        var findings = lint("""
            ALTER TABLE users ALTER COLUMN a SET NOT NULL;
            ALTER TABLE orders ALTER COLUMN b SET NOT NULL;
            CREATE INDEX users_c ON users (c);
            """)
                .with(b -> b.rule("require-statement-timeout", new RuleSetting(Severity.WARNING))).result().findings()
                .stream().filter(x -> x.rule().equals("require-statement-timeout")).toList();
        assertThat(findings).singleElement().satisfies(x -> assertThat(x.message()).startsWith(
                "3 statements of this script hold locks that block writes on \"users\" and \"orders\" with no "
                        + "statement_timeout"));
    }

    @Test
    void setStatementTimeoutIsFine() {
        lint("""
            SET statement_timeout TO '60s';
            ALTER TABLE users ALTER COLUMN a SET NOT NULL;
            """)
                .with(b -> b.rule("require-statement-timeout", new RuleSetting(Severity.WARNING))).matchesExpectations();
    }

    @Test
    void customSettingsEndingInStatementTimeoutDoNotCount() {
        lint("""
            SET app.statement_timeout = '2s';
            SET other.statement_timeout TO '2s';
            -- EXPECT: require-statement-timeout
            ALTER TABLE users ADD COLUMN a text;
            """).with(b -> b.rule("require-statement-timeout", new RuleSetting(Severity.WARNING)))
                .matchesExpectations();
    }
}
