package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntaxErrorTest {

    @Test
    void unterminatedStringIsReportedWhereItOpens() {
        List<Finding> findings = lint("""
            CREATE TABLE a (id int);
            INSERT INTO a VALUES ('oops);
            CREATE TABLE b (id int);
            """).result().findings();
        assertThat(findings).extracting(Finding::rule).contains("syntax-error");
        Finding f = findings.stream().filter(x -> x.rule().equals("syntax-error")).findFirst().orElseThrow();
        assertThat(f.line()).isEqualTo(2);
        assertThat(f.column()).isEqualTo(23);
    }

    @Test
    void gibberishStatement() {
        lint("""
            CREATE TABLE a (id int);
            -- EXPECT: syntax-error
            ALTR TABLE a ADD COLUMN b int;
            """).matchesExpectations();
    }

    @Test
    void validPostgresqlThatJsqlparserDoesNotKnowIsFine() {
        lint("""
            CREATE EXTENSION IF NOT EXISTS pgcrypto;
            CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
            CREATE POLICY p ON docs USING (owner = current_user);
            COMMENT ON COLUMN docs.owner IS 'who wrote it';
            DO $$ BEGIN RAISE NOTICE 'hi; there'; END $$;
            GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader;
            """).matchesExpectations();
    }
}
