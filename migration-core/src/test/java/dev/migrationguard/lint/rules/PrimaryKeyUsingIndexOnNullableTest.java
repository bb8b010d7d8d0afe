package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrimaryKeyUsingIndexOnNullableTest {

    private static final Map<String, String> HISTORY = Map.of(
            "V1__accounts.sql", """
                CREATE TABLE accounts (id bigint, code text NOT NULL, region text, tenant text);
                ALTER TABLE accounts ALTER COLUMN tenant SET NOT NULL;
                """,
            "V1_1__indexes.sql", """
                CREATE UNIQUE INDEX CONCURRENTLY accounts_id_idx ON accounts (id);
                CREATE UNIQUE INDEX CONCURRENTLY accounts_code_idx ON accounts (code);
                CREATE UNIQUE INDEX CONCURRENTLY accounts_code_region_idx ON accounts (code, region);
                CREATE UNIQUE INDEX CONCURRENTLY accounts_tenant_idx ON accounts (tenant);
                CREATE UNIQUE INDEX CONCURRENTLY accounts_lower_idx ON accounts (lower(code));
                """);

    @Test
    void columnsNotKnownNotNullAreReported() {
        lint("""
            -- EXPECT: primary-key-using-index-on-nullable
            ALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_id_idx;
            """).matchesExpectationsWith(HISTORY);
        lint("""
            -- EXPECT: primary-key-using-index-on-nullable
            ALTER TABLE accounts ADD PRIMARY KEY USING INDEX accounts_code_region_idx;
            """).matchesExpectationsWith(HISTORY);
    }

    @Test
    void notNullColumnsAreFine() {
        lint("""
            ALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_code_idx;
            """).matchesExpectationsWith(HISTORY);
        lint("""
            ALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_tenant_idx;
            """).matchesExpectationsWith(HISTORY);
        lint("""
            ALTER TABLE accounts ALTER COLUMN id SET NOT NULL,
                ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_id_idx;
            """).matchesExpectationsWith(HISTORY);
    }

    @Test
    void unknownIndexesAndTablesAreNotReported() {
        lint("""
            ALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX made_by_hand_idx;
            ALTER TABLE legacy ADD CONSTRAINT legacy_pkey PRIMARY KEY USING INDEX legacy_idx;
            """).matchesExpectationsWith(HISTORY);
    }

    @Test
    void droppedNotNullCountsAsNullableAgain() {
        lint("""
            ALTER TABLE accounts ALTER COLUMN code DROP NOT NULL;
            -- EXPECT: primary-key-using-index-on-nullable
            ALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_code_idx;
            """).matchesExpectationsWith(HISTORY);
    }
}
