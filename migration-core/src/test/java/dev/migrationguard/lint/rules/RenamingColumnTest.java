package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class RenamingColumnTest {

    @Test
    void renameIsReported() {
        lint("""
            -- EXPECT: renaming-column
            ALTER TABLE users RENAME COLUMN email TO email_address;
            """).matchesExpectations();
    }

    @Test
    void renameOnNewTableIsFine() {
        lint("""
            CREATE TABLE drafts (id bigint, body text);
            ALTER TABLE drafts RENAME COLUMN body TO content;
            ALTER TABLE users RENAME TO customers;
            """).matchesExpectations();
    }
}
