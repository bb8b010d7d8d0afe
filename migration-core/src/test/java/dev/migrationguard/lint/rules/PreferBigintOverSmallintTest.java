package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import dev.migrationguard.config.RuleSetting;
import org.junit.jupiter.api.Test;

class PreferBigintOverSmallintTest {

    @Test
    void smallintIsReported() {
        lint("""
            -- EXPECT: prefer-bigint-over-smallint
            CREATE TABLE t (id bigint, n smallint);
            """).matchesExpectations();
    }

    @Test
    void smallserialIsLeftToPreferIdentityWhileItIsOn() {
        lint("""
            -- EXPECT: prefer-identity
            CREATE TABLE t (id smallserial);
            """).matchesExpectations();
        lint("""
            -- EXPECT: prefer-bigint-over-smallint
            CREATE TABLE t (id smallserial);
            """)
                .with(b -> b.rule("prefer-identity", RuleSetting.OFF)).matchesExpectations();
    }

    @Test
    void bigintIsFine() {
        lint("""
            CREATE TABLE t (id bigint);
            """).matchesExpectations();
    }
}
