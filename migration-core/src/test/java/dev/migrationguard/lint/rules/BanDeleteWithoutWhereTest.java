package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class BanDeleteWithoutWhereTest {

    @Test
    void deleteEverythingIsReported() {
        lint("""
            -- EXPECT: ban-delete-without-where
            DELETE FROM sessions;
            """).matchesExpectations();
    }

    @Test
    void deleteWithWhereIsFine() {
        lint("""
            DELETE FROM sessions WHERE expires_at < now();
            CREATE TABLE tmp (id int);
            DELETE FROM tmp;
            """).matchesExpectations();
    }
}
