package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class RequireConcurrentPartitionDetachTest {

    @Test
    void blockingDetachIsReported() {
        lint("""
            -- EXPECT: require-concurrent-partition-detach
            ALTER TABLE measurements DETACH PARTITION measurements_2020;
            """).matchesExpectations();
    }

    @Test
    void concurrentDetachIsFine() {
        lint("""
            ALTER TABLE measurements DETACH PARTITION measurements_2020 CONCURRENTLY;
            """).matchesExpectations();
    }

    @Test
    void finalizeCannotBeConcurrentAndIsNotReported() {
        lint("""
            ALTER TABLE measurements DETACH PARTITION measurements_2020 FINALIZE;
            ALTER TABLE ONLY measurements DETACH PARTITION public.measurements_2021 finalize ;
            -- EXPECT: require-concurrent-partition-detach
            ALTER TABLE measurements DETACH PARTITION finalize_log;
            """).matchesExpectations();
    }
}
