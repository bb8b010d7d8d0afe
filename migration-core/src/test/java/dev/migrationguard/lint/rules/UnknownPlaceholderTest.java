package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import org.junit.jupiter.api.Test;

class UnknownPlaceholderTest {

    @Test
    void unknownPlaceholder() {
        lint("""
            -- EXPECT: unknown-placeholder
            CREATE TABLE ${tenant}.accounts (id bigint);
            """).matchesExpectations();
    }

    @Test
    void configuredAndBuiltInPlaceholdersAreFine() {
        lint("""
            CREATE TABLE ${tenant}.accounts (id bigint);
            GRANT SELECT ON ${tenant}.accounts TO ${flyway:user};
            """).with(b -> b.placeholder("tenant", "acme")).matchesExpectations();
    }

    @Test
    void replacementOffLeavesThemAlone() {
        lint("""
            CREATE TABLE accounts (id bigint, note text DEFAULT '${not_a_placeholder}');
            """).with(b -> b.placeholderReplacement(false)).matchesExpectations();
    }
}
