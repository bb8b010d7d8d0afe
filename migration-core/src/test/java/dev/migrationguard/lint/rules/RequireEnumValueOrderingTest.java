package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import org.junit.jupiter.api.Test;

class RequireEnumValueOrderingTest {

    @Test
    void valueAddedWithoutAPlaceIsReported() {
        lint("""
            -- EXPECT: require-enum-value-ordering
            ALTER TYPE status ADD VALUE 'pending_review';
            -- EXPECT: require-enum-value-ordering
            ALTER TYPE app.status ADD VALUE IF NOT EXISTS 'archived';
            -- EXPECT: require-enum-value-ordering
            alter type "Status" add value 'x';
            """).with(b -> b.transactionMode(dev.migrationguard.config.TransactionMode.NONE)).matchesExpectations();
    }

    @Test
    void valueWithBeforeOrAfterAndOtherAlterTypesAreFine() {
        lint("""
            ALTER TYPE status ADD VALUE 'pending_review' BEFORE 'approved';
            ALTER TYPE status ADD VALUE IF NOT EXISTS 'on_hold' AFTER 'submitted';
            ALTER TYPE status RENAME VALUE 'old' TO 'new';
            ALTER TYPE address ADD ATTRIBUTE zip text;
            """).with(b -> b.transactionMode(dev.migrationguard.config.TransactionMode.NONE)).matchesExpectations();
    }
}
