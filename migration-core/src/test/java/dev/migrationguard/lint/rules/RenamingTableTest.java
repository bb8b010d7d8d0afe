package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class RenamingTableTest {

    @Test
    void renameIsReported() {
        lint("""
            -- EXPECT: renaming-table
            ALTER TABLE users RENAME TO customers;
            """).matchesExpectations();
    }

    @Test
    void renameColumnOrNewTableIsFine() {
        lint("""
            ALTER TABLE users RENAME COLUMN a TO b;
            CREATE TABLE tmp (id int);
            ALTER TABLE tmp RENAME TO tmp2;
            """).matchesExpectations();
    }
}
