package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;

import dev.migrationguard.config.RuleSetting;
import org.junit.jupiter.api.Test;

class PreferBigintOverIntTest {

    @Test
    void integerIsReported() {
        lint("""
            -- EXPECT: prefer-bigint-over-int
            CREATE TABLE t (id int4);
            -- EXPECT: prefer-bigint-over-int
            ALTER TABLE t ADD COLUMN n integer;
            """).matchesExpectations();
    }

    @Test
    void serialIsLeftToPreferIdentity() {
        lint("""
            -- EXPECT: prefer-identity
            CREATE TABLE t (id serial);
            """).matchesExpectations();
    }

    @Test
    void serialIsReportedWhenPreferIdentityIsOffOrBeforePg10() {
        lint("""
            -- EXPECT: prefer-bigint-over-int
            CREATE TABLE t (id serial);
            """)
                .with(b -> b.rule("prefer-identity", RuleSetting.OFF)).matchesExpectations();
        lint("""
            -- EXPECT: prefer-bigint-over-int
            CREATE TABLE t (id serial);
            """)
                .with(b -> b.pgVersion(9)).matchesExpectations();
    }

    @Test
    void bigintIsFine() {
        lint("""
            CREATE TABLE t (id bigint, small_list bigint[]);
            """).matchesExpectations();
    }

    @Test
    void quotedCatalogNamesOfIntegerAreInteger() {
        lint("""
            -- EXPECT: prefer-bigint-over-int
            CREATE TABLE a (n "int4");
            -- EXPECT: prefer-bigint-over-int
            ALTER TABLE a ADD COLUMN m "pg_catalog"."int4";
            """).matchesExpectations();
    }

    @Test
    void quotedKeywordsAreNotCatalogNames() {
        lint("""
            CREATE TABLE a (n "integer", m "Int4", k "int8");
            """).matchesExpectations();
    }
}
