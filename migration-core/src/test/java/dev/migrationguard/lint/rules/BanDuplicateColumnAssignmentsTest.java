package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import org.junit.jupiter.api.Test;

class BanDuplicateColumnAssignmentsTest {

    @Test
    void columnsDeclaredOrAssignedTwiceAreReported() {
        lint("""
            -- EXPECT: ban-duplicate-column-assignments
            CREATE TABLE t (a int, b text, a text);
            -- EXPECT: ban-duplicate-column-assignments
            CREATE TABLE u (id bigint, "Name" text, "Name" text);
            -- EXPECT: ban-duplicate-column-assignments
            ALTER TABLE users ADD COLUMN x int, ADD COLUMN X text;
            -- EXPECT: ban-duplicate-column-assignments
            UPDATE users SET a = 1, b = 2, a = 3 WHERE id = 1;
            -- EXPECT: ban-duplicate-column-assignments
            UPDATE users SET (a, b) = (1, 2), b = 3 WHERE id = 1;
            -- EXPECT: ban-duplicate-column-assignments
            INSERT INTO users (a, b, a) VALUES (1, 2, 3);
            -- EXPECT: ban-duplicate-column-assignments
            CREATE VIEW v (a, a) AS SELECT 1, 2;
            """).matchesExpectations();
    }

    @Test
    void distinctColumnsSubscriptsAndFieldsAreFine() {
        lint("""
            CREATE TABLE t (a int, b text, "A" text);
            UPDATE users SET a = 1, b = a + 1 WHERE a = 2;
            UPDATE users SET tags[1] = 'x', tags[2] = 'y' WHERE id = 1;
            UPDATE users SET addr.street = 'x', addr.city = 'y' WHERE id = 1;
            UPDATE users SET a = (SELECT max(a) FROM users u2 WHERE u2.a = users.a), b = 1 WHERE id = 1;
            INSERT INTO users (a, b) SELECT a, a FROM other;
            INSERT INTO users AS u (a, b) VALUES (1, 2);
            CREATE VIEW v AS SELECT a, a AS a2 FROM t;
            """).matchesExpectations();
    }
}
