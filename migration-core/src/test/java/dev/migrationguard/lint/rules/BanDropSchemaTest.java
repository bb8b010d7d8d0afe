package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class BanDropSchemaTest {

    @Test
    void dropSchemaIsReported() {
        lint("""
            -- EXPECT: ban-drop-schema
            DROP SCHEMA legacy CASCADE;
            -- EXPECT: ban-drop-schema
            DROP SCHEMA IF EXISTS old_reports;
            """).matchesExpectations();
    }

    @Test
    void schemaCreatedInTheSameMigrationIsFine() {
        lint("""
            CREATE SCHEMA scratch;
            DROP SCHEMA scratch;
            """).matchesExpectations();
    }
}
