package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

class PreferIdentityTest {

    @Test
    void serialIsReported() {
        lint("""
            -- EXPECT: prefer-identity
            CREATE TABLE t (id bigserial PRIMARY KEY);
            """).matchesExpectations();
    }

    @Test
    void serialGetsOneFindingThatAlsoNamesTheOverflow() {
        lint("""
            CREATE TABLE t (
                -- EXPECT: prefer-identity
                id serial PRIMARY KEY,
                -- EXPECT: prefer-bigint-over-int
                n integer,
                -- EXPECT: prefer-identity
                small smallserial
            );
            -- EXPECT: prefer-identity
            ALTER TABLE u ADD COLUMN id serial;
            """).matchesExpectations();
        var messages = lint("CREATE TABLE t (id serial, s smallserial);\n").result().findings().stream()
                .filter(f -> f.rule().equals("prefer-identity")).map(f -> f.message()).toList();
        assertThat(messages).hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("overflows at 2147483647"))
                .anySatisfy(m -> assertThat(m).contains("overflows at 32767"));
    }

    @Test
    void twoColumnsOnOneLineAreTwoPlaces() {
        var columns = lint("CREATE TABLE t (id serial, n integer);\n").result().findings().stream()
                .filter(f -> f.rule().startsWith("prefer-")).map(f -> f.column() + " " + f.rule()).toList();
        assertThat(columns)
                .containsExactlyInAnyOrder("17 prefer-identity", "28 prefer-bigint-over-int");
    }

    @Test
    void identityIsFine() {
        lint("""
            CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
            """).matchesExpectations();
    }

    @Test
    void notBeforePg10() {
        lint("""
            CREATE TABLE t (id bigserial PRIMARY KEY);
            """)
                .with(b -> b.pgVersion(9)).matchesExpectations();
    }

    @Test
    void quotedSerialSpellingsAreTheSameTypes() {
        lint("""
            -- EXPECT: prefer-identity
            CREATE TABLE a (id "serial");
            -- EXPECT: prefer-identity
            CREATE TABLE b (id "bigserial");
            -- EXPECT: prefer-identity
            CREATE TABLE c (id "serial8");
            -- EXPECT: prefer-identity
            CREATE TABLE d (id "pg_catalog".serial4);
            """).matchesExpectations();
    }

    @Test
    void quotedNamesThatAreNotSerialAreNot() {
        lint("""
            CREATE TABLE a (id "Serial");
            CREATE TABLE b (id "serial_id");
            CREATE TABLE c (id myschema."bigserialx");
            """).matchesExpectations();
    }
}
