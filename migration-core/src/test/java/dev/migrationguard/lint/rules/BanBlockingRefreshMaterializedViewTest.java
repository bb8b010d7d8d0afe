package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class BanBlockingRefreshMaterializedViewTest {

    @Test
    void blockingRefreshIsReported() {
        lint("""
            -- EXPECT: ban-blocking-refresh-materialized-view
            REFRESH MATERIALIZED VIEW sales_summary;
            """).matchesExpectations();
    }

    @Test
    void concurrentRefreshOrNewViewIsFine() {
        lint("""
            REFRESH MATERIALIZED VIEW CONCURRENTLY sales_summary;
            CREATE MATERIALIZED VIEW totals AS SELECT 1 AS n WITH NO DATA;
            REFRESH MATERIALIZED VIEW totals;
            """).matchesExpectations();
    }
}
