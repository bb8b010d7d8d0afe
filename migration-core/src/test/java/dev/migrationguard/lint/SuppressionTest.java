package dev.migrationguard.lint;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void statementSuppressionCoversOnlyTheNextStatement() {
        lint("""
            -- migration-guard:ignore ban-drop-column moved to profiles table in V40
            ALTER TABLE users DROP COLUMN bio;
            -- EXPECT: ban-drop-column
            ALTER TABLE users DROP COLUMN avatar;
            """).matchesExpectations();
    }

    @Test
    void trailingSuppressionOnTheSameLineCoversThatStatement() {
        lint("""
            ALTER TABLE users DROP COLUMN bio; -- migration-guard:ignore ban-drop-column unused since 2023
            -- EXPECT: ban-drop-column
            ALTER TABLE users DROP COLUMN avatar;
            """).matchesExpectations();
    }

    @Test
    void fileSuppression() {
        lint("""
            -- migration-guard:ignore-file ban-drop-column,ban-drop-table cleanup of the retired billing module
            ALTER TABLE users DROP COLUMN plan;
            DROP TABLE invoices;
            """).matchesExpectations();
    }

    @Test
    void suppressionWithoutReasonIsAFindingButStillSuppresses() {
        var findings = lint("""
            CREATE TABLE t (id int);
            -- migration-guard:ignore ban-drop-column
            ALTER TABLE users DROP COLUMN bio;
            """).result().findings();
        assertThat(findings).extracting(Finding::rule, Finding::line, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("invalid-suppression", 2,
                        "suppression of ban-drop-column gives no reason"));
    }

    @Test
    void unusedAndUnknownSuppressions() {
        var findings = lint("""
            -- migration-guard:ignore ban-drop-table nothing is dropped here
            ALTER TABLE users ADD COLUMN bio text;
            -- migration-guard:ignore no-such-rule because
            SELECT 1;
            """).result().findings();
        assertThat(findings).extracting(Finding::rule, Finding::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("unused-suppression", 1),
                org.assertj.core.groups.Tuple.tuple("invalid-suppression", 3));
        assertThat(findings.get(1).message()).contains("no-such-rule");
    }

    @Test
    void misspelledDirective() {
        var findings = lint("""
            -- migration-guard:ignroe ban-drop-column typo
            SELECT 1;
            """).result().findings();
        assertThat(findings).extracting(Finding::rule).containsExactly("invalid-suppression");
    }

    @Test
    void severityOverrideAndOff() {
        var warning = lint("ALTER TABLE users DROP COLUMN bio;\n")
                .with(b -> b.rule("ban-drop-column", new dev.migrationguard.config.RuleSetting(Severity.WARNING)))
                .result().findings();
        assertThat(warning).extracting(Finding::severity).containsExactly(Severity.WARNING);
        var off = lint("ALTER TABLE users DROP COLUMN bio;\n")
                .with(b -> b.rule("ban-drop-column", dev.migrationguard.config.RuleSetting.OFF))
                .result().findings();
        assertThat(off).isEmpty();
    }
}
