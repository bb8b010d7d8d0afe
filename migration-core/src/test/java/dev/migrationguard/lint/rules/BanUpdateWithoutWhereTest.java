package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class BanUpdateWithoutWhereTest {

    @Test
    void updateEverythingIsReported() {
        lint("""
            -- EXPECT: ban-update-without-where
            UPDATE users SET active = true;
            """).matchesExpectations();
    }

    @Test
    void updateWithWhereOrOfNewTableIsFine() {
        lint("""
            UPDATE users SET active = true WHERE id = 1;
            CREATE TABLE t (a int);
            UPDATE t SET a = 1;
            """).matchesExpectations();
    }
}
