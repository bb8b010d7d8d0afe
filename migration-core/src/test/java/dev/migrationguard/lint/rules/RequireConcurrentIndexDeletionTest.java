package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import org.junit.jupiter.api.Test;

class RequireConcurrentIndexDeletionTest {

    @Test
    void blockingDrop() {
        lint("""
            -- EXPECT: require-concurrent-index-deletion
            DROP INDEX users_email_idx;
            -- EXPECT: require-concurrent-index-deletion
            DROP INDEX IF EXISTS public.a_idx CASCADE;
            """).matchesExpectations();
    }

    @Test
    void concurrentDropIsFine() {
        lint("""
            DROP INDEX CONCURRENTLY users_email_idx;
            DROP INDEX CONCURRENTLY IF EXISTS public.a_idx;
            """).matchesExpectations();
    }

    @Test
    void indexCreatedEarlierInTheSameMigrationIsFine() {
        lint("""
            CREATE INDEX CONCURRENTLY tmp_idx ON users (id);
            DROP INDEX tmp_idx;
            """).matchesExpectations();
    }
}
