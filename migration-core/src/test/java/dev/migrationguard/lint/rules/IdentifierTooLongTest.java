package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class IdentifierTooLongTest {

    @Test
    void longNamesAreReported() {
        lint("""
            -- EXPECT: identifier-too-long
            CREATE TABLE aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa (id bigint);
            -- EXPECT: identifier-too-long
            ALTER TABLE t ADD COLUMN bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb text;
            """).matchesExpectations();
    }

    @Test
    void sixtyThreeBytesIsFine() {
        lint("""
            CREATE TABLE aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa (id bigint);
            """).matchesExpectations();
    }
}
