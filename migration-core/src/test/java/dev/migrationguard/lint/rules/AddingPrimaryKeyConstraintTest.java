package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class AddingPrimaryKeyConstraintTest {

    @Test
    void primaryKeyOnExistingTableIsReported() {
        lint("""
            -- EXPECT: adding-primary-key-constraint
            ALTER TABLE events ADD PRIMARY KEY (id);
            """).matchesExpectations();
    }

    @Test
    void usingIndexOrNewTableIsFine() {
        lint("""
            ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id_idx;
            CREATE TABLE t (id bigint);
            ALTER TABLE t ADD PRIMARY KEY (id);
            """).matchesExpectations();
    }
}
