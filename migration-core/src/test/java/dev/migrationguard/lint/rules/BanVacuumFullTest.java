package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import dev.migrationguard.config.TransactionMode;
import org.junit.jupiter.api.Test;

class BanVacuumFullTest {

    @Test
    void vacuumFullAndClusterAreReported() {
        lint("""
            -- EXPECT: ban-vacuum-full
            VACUUM FULL users;
            -- EXPECT: ban-vacuum-full
            CLUSTER users USING users_pkey;
            """)
                .with(b -> b.transactionMode(TransactionMode.NONE)).matchesExpectations();
    }

    @Test
    void plainVacuumIsFine() {
        lint("""
            VACUUM ANALYZE users;
            """).matchesExpectations();
    }

    @Test
    void optionListsAreReadForTheirBooleanValue() {
        lint("""
            -- EXPECT: ban-vacuum-full
            VACUUM (FULL) users;
            -- EXPECT: ban-vacuum-full
            VACUUM (FULL true) users;
            -- EXPECT: ban-vacuum-full
            VACUUM (ANALYZE, full ON) users;
            -- EXPECT: ban-vacuum-full
            VACUUM (VERBOSE false, FULL 1) users;
            VACUUM (FULL false) users;
            VACUUM (FULL 'false') users;
            VACUUM (ANALYZE, FULL off) users;
            VACUUM (FULL 0, VERBOSE) users;
            """)
                .with(b -> b.transactionMode(TransactionMode.NONE)).matchesExpectations();
    }
}
