package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class BanLockTableTest {

    @Test
    void lockTableIsReported() {
        lint("""
            -- EXPECT: ban-lock-table
            LOCK TABLE users IN ACCESS EXCLUSIVE MODE;
            """).matchesExpectations();
    }

    @Test
    void lockOfNewTableIsFine() {
        lint("""
            CREATE TABLE t (id int);
            LOCK TABLE t;
            """).matchesExpectations();
    }
}
