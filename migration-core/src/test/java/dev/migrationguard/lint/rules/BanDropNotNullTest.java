package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class BanDropNotNullTest {

    @Test
    void dropNotNullIsReported() {
        lint("""
            -- EXPECT: ban-drop-not-null
            ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
            """).matchesExpectations();
    }

    @Test
    void setNotNullIsNotThisRule() {
        lint("""
            CREATE TABLE t (a int NOT NULL);
            ALTER TABLE t ALTER COLUMN a DROP NOT NULL;
            """).matchesExpectations();
    }
}
