package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class AddingRequiredFieldTest {

    @Test
    void notNullWithoutDefaultIsReported() {
        lint("""
            -- EXPECT: adding-required-field
            ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;
            """).matchesExpectations();
    }

    @Test
    void withDefaultOrNullableIsFine() {
        lint("""
            ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT false;
            ALTER TABLE users ADD COLUMN note text;
            ALTER TABLE users ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY;
            CREATE TABLE t (id bigint NOT NULL, name text NOT NULL);
            ALTER TABLE t ADD COLUMN x int NOT NULL;
            """).matchesExpectations();
    }
}
