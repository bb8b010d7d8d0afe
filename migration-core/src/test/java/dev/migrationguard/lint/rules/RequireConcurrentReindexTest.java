package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.lint.Finding;
import org.junit.jupiter.api.Test;

class RequireConcurrentReindexTest {

    @Test
    void reindexIsReported() {
        lint("""
            -- EXPECT: require-concurrent-reindex
            REINDEX INDEX users_email_idx;
            -- EXPECT: require-concurrent-reindex
            REINDEX TABLE users;
            """).matchesExpectations();
    }

    @Test
    void concurrentReindexIsFine() {
        lint("""
            REINDEX INDEX CONCURRENTLY users_email_idx;
            """).matchesExpectations();
    }

    @Test
    void helpBeforePg12NamesTheOldWay() {
        Finding f = lint("REINDEX INDEX users_email_idx;\n").with(b -> b.pgVersion(11)).result().findings().stream()
                .filter(x -> x.rule().equals("require-concurrent-reindex")).findFirst().orElseThrow();
        assertThat(f.help()).startsWith("build a new index with CREATE INDEX CONCURRENTLY");
    }
}
