package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import dev.migrationguard.config.RuleSetting;
import dev.migrationguard.lint.Severity;
import org.junit.jupiter.api.Test;

class PreferRobustStmtsTest {

    @Test
    void offByDefault() {
        lint("""
            CREATE INDEX CONCURRENTLY users_a_idx ON users (a);
            """).matchesExpectations();
    }

    @Test
    void outsideTransactionWhenEnabled() {
        lint("""
            -- EXPECT: prefer-robust-stmts
            CREATE INDEX CONCURRENTLY users_a_idx ON users (a);
            DROP INDEX CONCURRENTLY IF EXISTS users_b_idx;
            """)
                .with(b -> b.rule("prefer-robust-stmts", new RuleSetting(Severity.WARNING))).matchesExpectations();
    }

    @Test
    void insideTransactionIsFine() {
        lint("""
            CREATE TABLE t (id int);
            ALTER TABLE users ADD COLUMN a int;
            """)
                .with(b -> b.rule("prefer-robust-stmts", new RuleSetting(Severity.WARNING))).matchesExpectations();
    }

    @Test
    void noIfNotExistsAskedWhereItCannotBeWritten() {
        lint("""
            CREATE INDEX CONCURRENTLY ON users (a);
            CREATE UNIQUE INDEX CONCURRENTLY ON users USING btree (b);
            CREATE TEMP TABLE scratch (id int);
            CREATE TEMPORARY TABLE scratch2 AS SELECT 1 AS x;
            CREATE LOCAL TEMPORARY SEQUENCE s;
            -- EXPECT: prefer-robust-stmts
            CREATE TABLE kept (id int);
            """)
                .with(b -> b.rule("prefer-robust-stmts", new RuleSetting(Severity.WARNING))
                        .transactionMode(dev.migrationguard.config.TransactionMode.NONE))
                .matchesExpectations();
    }
}
