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

    @Test
    void optionListsAreReadForTheirBooleanValue() {
        lint("""
            -- EXPECT: require-concurrent-reindex
            REINDEX (CONCURRENTLY false) INDEX users_email_idx;
            -- EXPECT: require-concurrent-reindex
            REINDEX (VERBOSE, CONCURRENTLY off) TABLE users;
            -- EXPECT: require-concurrent-reindex
            REINDEX (concurrently 0) TABLE users;
            -- EXPECT: require-concurrent-reindex
            REINDEX (CONCURRENTLY 'false') TABLE users;
            """).matchesExpectations();
    }

    @Test
    void optionListsThatTurnConcurrentlyOnAreFine() {
        lint("""
            REINDEX (CONCURRENTLY) INDEX users_email_idx;
            REINDEX (CONCURRENTLY true) TABLE users;
            REINDEX (VERBOSE false, concurrently ON) TABLE users;
            REINDEX (CONCURRENTLY 1) TABLE users;
            """).with(b -> b.transactionMode(dev.migrationguard.config.TransactionMode.NONE)).matchesExpectations();
    }

    @Test
    void systemCatalogsGetAdviceThatCanBeFollowed() {
        for (String sql : new String[] {"REINDEX SYSTEM mydb;\n", "REINDEX (VERBOSE) SYSTEM;\n",
            "REINDEX TABLE pg_catalog.pg_class;\n"}) {
            Finding f = lint(sql).result().findings().stream()
                    .filter(x -> x.rule().equals("require-concurrent-reindex")).findFirst().orElseThrow();
            assertThat(f.message()).contains("PostgreSQL refuses CONCURRENTLY");
            assertThat(f.help()).doesNotContain("REINDEX CONCURRENTLY").contains("maintenance window");
        }
    }
}
