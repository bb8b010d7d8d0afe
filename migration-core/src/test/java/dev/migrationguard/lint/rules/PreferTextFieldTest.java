package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class PreferTextFieldTest {

    @Test
    void varcharWithLengthIsReported() {
        lint("""
            -- EXPECT: prefer-text-field
            CREATE TABLE t (id bigint, name varchar(100));
            -- EXPECT: prefer-text-field
            ALTER TABLE t ADD COLUMN code character varying(10);
            """).matchesExpectations();
    }

    @Test
    void textAndUnboundedVarcharAreFine() {
        lint("""
            CREATE TABLE t (id bigint, name text, code varchar);
            """).matchesExpectations();
    }
}
