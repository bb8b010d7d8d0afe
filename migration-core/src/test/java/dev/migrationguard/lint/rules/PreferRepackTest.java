package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.TransactionMode;
import dev.migrationguard.lint.Finding;
import org.junit.jupiter.api.Test;

class PreferRepackTest {

    @Test
    void fromPg19TheBlockingRewritesGetTheRepackAdvice() {
        lint("""
            -- EXPECT: prefer-repack
            VACUUM FULL users;
            -- EXPECT: prefer-repack
            VACUUM (FULL true, VERBOSE) users;
            -- EXPECT: prefer-repack
            CLUSTER users USING users_pkey;
            -- EXPECT: prefer-repack
            REPACK users;
            -- EXPECT: prefer-repack
            REPACK (VERBOSE) users USING INDEX users_pkey;
            """).allRules().with(b -> b.pgVersion(19).transactionMode(TransactionMode.NONE)
                        .rule("require-lock-timeout", dev.migrationguard.config.RuleSetting.OFF))
                .matchesExpectations();
    }

    @Test
    void concurrentRepackAndPlainVacuumAreFine() {
        lint("""
            REPACK (CONCURRENTLY) users;
            REPACK (CONCURRENTLY true) users USING INDEX users_pkey;
            VACUUM users;
            VACUUM (FULL false) users;
            """).with(b -> b.pgVersion(19).transactionMode(TransactionMode.NONE)).matchesExpectations();
    }

    @Test
    void beforePg19BanVacuumFullReports() {
        lint("""
            -- EXPECT: ban-vacuum-full
            VACUUM FULL users;
            """).with(b -> b.pgVersion(18).transactionMode(TransactionMode.NONE)).matchesExpectations();
    }

    @Test
    void helpNamesRepackConcurrently() {
        Finding f = lint("CLUSTER users USING users_pkey;\n")
                .with(b -> b.pgVersion(19).transactionMode(TransactionMode.NONE)).result().findings().stream()
                .filter(x -> x.rule().equals("prefer-repack")).findFirst().orElseThrow();
        assertThat(f.help()).startsWith("use REPACK (CONCURRENTLY) users USING INDEX");
    }
}
