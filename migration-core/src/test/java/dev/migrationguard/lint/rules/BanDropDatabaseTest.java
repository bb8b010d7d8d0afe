package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class BanDropDatabaseTest {

    @Test
    void dropDatabaseIsReported() {
        lint("""
            -- EXPECT: ban-drop-database
            DROP DATABASE analytics;
            """).matchesExpectations();
    }

    @Test
    void createDatabaseIsFine() {
        lint("""
            CREATE TABLE t (id bigint);
            """).matchesExpectations();
    }
}
