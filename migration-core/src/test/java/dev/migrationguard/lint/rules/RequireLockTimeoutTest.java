package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class RequireLockTimeoutTest {

    @Test
    void blockingLockWithoutTimeout() {
        lint("""
            CREATE TABLE t (id int);
            -- EXPECT: require-lock-timeout
            ALTER TABLE users ADD COLUMN a int;
            ALTER TABLE users ADD COLUMN b int;
            """).matchesExpectations();
    }

    @Test
    void setLockTimeoutFirstIsFine() {
        lint("""
            SET lock_timeout = '5s';
            ALTER TABLE users ADD COLUMN a int;
            """).matchesExpectations();
    }

    @Test
    void configuredLockTimeoutIsFine() {
        lint("""
            ALTER TABLE users ADD COLUMN a int;
            """)
                .with(b -> b.lockTimeout("3s")).matchesExpectations();
    }

    @Test
    void zeroTimeoutDoesNotCount() {
        lint("""
            SET lock_timeout = 0;
            -- EXPECT: require-lock-timeout
            ALTER TABLE users ADD COLUMN a int;
            """).matchesExpectations();
    }

    @Test
    void weakLocksAreFine() {
        lint("""
            CREATE INDEX CONCURRENTLY i ON users (a);
            INSERT INTO users (id) VALUES (1);
            CREATE TABLE t (id int);
            CREATE INDEX t_idx ON t (id);
            """).matchesExpectations();
    }
}
