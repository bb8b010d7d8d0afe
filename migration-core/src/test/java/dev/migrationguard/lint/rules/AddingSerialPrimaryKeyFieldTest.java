package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class AddingSerialPrimaryKeyFieldTest {

    @Test
    void serialPrimaryKeyColumnIsReported() {
        lint("""
            -- EXPECT: adding-serial-primary-key-field
            ALTER TABLE events ADD COLUMN id bigserial PRIMARY KEY;
            -- EXPECT: adding-serial-primary-key-field
            ALTER TABLE logs ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
            """).matchesExpectations();
    }

    @Test
    void createTableIsFine() {
        lint("""
            CREATE TABLE t (id bigserial PRIMARY KEY);
            ALTER TABLE events ADD COLUMN note text;
            """).matchesExpectations();
    }
}
