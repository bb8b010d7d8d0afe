package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class PreferTimestampTzTest {

    @Test
    void timestampWithoutZoneIsReported() {
        lint("""
            -- EXPECT: prefer-timestamp-tz
            CREATE TABLE t (id bigint, at timestamp);
            -- EXPECT: prefer-timestamp-tz
            ALTER TABLE t ADD COLUMN b timestamp(3) without time zone;
            """).matchesExpectations();
    }

    @Test
    void timestamptzIsFine() {
        lint("""
            CREATE TABLE t (id bigint, at timestamptz, b timestamp with time zone);
            """).matchesExpectations();
    }
}
