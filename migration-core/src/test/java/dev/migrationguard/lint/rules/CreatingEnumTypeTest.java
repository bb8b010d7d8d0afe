package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import org.junit.jupiter.api.Test;

class CreatingEnumTypeTest {

    @Test
    void newEnumTypesAreReported() {
        lint("""
            -- EXPECT: creating-enum-type
            CREATE TYPE status AS ENUM ('draft', 'published');
            -- EXPECT: creating-enum-type
            create type app."Level" as enum ();
            """).matchesExpectations();
    }

    @Test
    void otherTypesAreFine() {
        lint("""
            CREATE TYPE address AS (street text, city text);
            CREATE TYPE float_range AS RANGE (subtype = float8);
            CREATE DOMAIN code AS text;
            ALTER TYPE status ADD VALUE 'archived' AFTER 'published';
            """).matchesExpectations();
    }
}
