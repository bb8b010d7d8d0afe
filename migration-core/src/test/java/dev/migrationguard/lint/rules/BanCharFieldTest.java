package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;


import org.junit.jupiter.api.Test;

class BanCharFieldTest {

    @Test
    void charIsReported() {
        lint("""
            -- EXPECT: ban-char-field
            CREATE TABLE t (id bigint, code char(2));
            -- EXPECT: ban-char-field
            ALTER TABLE t ADD COLUMN c character(3);
            """).matchesExpectations();
    }

    @Test
    void varcharAndTextAreFine() {
        lint("""
            CREATE TABLE t (id bigint, a character varying(3), b text);
            """).matchesExpectations();
    }

    @Test
    void quotedBpcharIsCharToo() {
        lint("""
            -- EXPECT: ban-char-field
            CREATE TABLE a (code "bpchar"(50));
            -- EXPECT: ban-char-field
            ALTER TABLE a ADD COLUMN c2 "bpchar";
            -- EXPECT: ban-char-field
            CREATE TABLE b (code pg_catalog."bpchar"(3));
            """).matchesExpectations();
    }

    @Test
    void quotedCharIsTheOneByteTypeNotCharN() {
        lint("""
            CREATE TABLE a (kind "char");
            CREATE TABLE b (kind "BPCHAR"(2));
            """).matchesExpectations();
    }
}
