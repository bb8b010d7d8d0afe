package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import dev.migrationguard.config.TransactionMode;
import org.junit.jupiter.api.Test;

class BanConcurrentIndexCreationInTransactionTest {

    @Test
    void mixedWithOtherStatements() {
        lint("""
            ALTER TABLE users ADD COLUMN nickname text;
            -- EXPECT: ban-concurrent-index-creation-in-transaction
            CREATE INDEX CONCURRENTLY users_nick_idx ON users (nickname);
            """).matchesExpectations();
    }

    @Test
    void explicitBeginWrapsIt() {
        lint("""
            BEGIN;
            -- EXPECT: ban-concurrent-index-creation-in-transaction
            CREATE INDEX CONCURRENTLY users_nick_idx ON users (nickname);
            COMMIT;
            """)
                .with(b -> b.transactionMode(TransactionMode.NONE)).matchesExpectations();
    }

    @Test
    void aloneOrWithSettingsRunsInAutocommit() {
        lint("""
            SET lock_timeout = '5s';
            CREATE INDEX CONCURRENTLY users_nick_idx ON users (nickname);
            DROP INDEX CONCURRENTLY users_old_idx;
            """).matchesExpectations();
    }

    @Test
    void noWrappingTransactionMode() {
        lint("""
            ALTER TABLE users ADD COLUMN nickname text;
            CREATE INDEX CONCURRENTLY users_nick_idx ON users (nickname);
            """)
                .with(b -> b.transactionMode(TransactionMode.NONE)).matchesExpectations();
    }
}
