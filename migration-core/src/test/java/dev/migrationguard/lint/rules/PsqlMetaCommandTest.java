package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import org.junit.jupiter.api.Test;

class PsqlMetaCommandTest {

    @Test
    void metaCommands() {
        lint("""
            -- EXPECT: psql-meta-command
            \\connect app
            CREATE TABLE a (id int);
            -- EXPECT: psql-meta-command
            \\set ON_ERROR_STOP on
            """).matchesExpectations();
    }

    @Test
    void backslashInsideStringsIsNotAMetaCommand() {
        lint("""
            INSERT INTO paths VALUES (E'C:\\\\temp', '\\\\server\\\\share');
            """).matchesExpectations();
    }
}
