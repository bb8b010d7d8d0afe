package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import org.junit.jupiter.api.Test;

class BanDropTableTest {

    @Test
    void dropTable() {
        lint("""
            -- EXPECT: ban-drop-table
            DROP TABLE users;
            -- EXPECT: ban-drop-table, ban-drop-table
            DROP TABLE IF EXISTS audit.events, "Legacy" CASCADE;
            DROP VIEW user_emails;
            """).matchesExpectations();
    }

    @Test
    void scratchTableOfTheSameMigrationIsFine() {
        lint("""
            CREATE TABLE tmp_import (id bigint);
            INSERT INTO tmp_import SELECT id FROM users;
            DROP TABLE tmp_import;
            """).matchesExpectations();
    }
}
