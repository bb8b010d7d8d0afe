package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import dev.migrationguard.config.RuleSetting;
import dev.migrationguard.lint.Severity;
import org.junit.jupiter.api.Test;

class RequireTableSchemaTest {

    private static final String SQL = """
            -- EXPECT: require-table-schema
            CREATE TABLE posts (id bigint);
            -- EXPECT: require-table-schema
            ALTER TABLE "Posts" ADD COLUMN name text;
            -- EXPECT: require-table-schema
            CREATE TABLE copy AS SELECT 1 AS x;
            -- EXPECT: require-table-schema
            DROP TABLE public.a, b;
            CREATE TABLE public.posts2 (id bigint);
            ALTER TABLE app."Posts" ADD COLUMN name text;
            CREATE TEMP TABLE scratch (id int);
            DROP TABLE IF EXISTS public.old;
            """;

    @Test
    void offByDefault() {
        lint("""
            CREATE TABLE posts (id bigint);
            """).matchesExpectations();
    }

    @Test
    void unqualifiedTablesWhenEnabled() {
        lint(SQL).with(b -> b.rule("require-table-schema", new RuleSetting(Severity.WARNING))).matchesExpectations();
    }
}
