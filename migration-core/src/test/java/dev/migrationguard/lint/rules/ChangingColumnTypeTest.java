package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangingColumnTypeTest {

    @Test
    void typeChangesAreReported() {
        lint("""
            -- EXPECT: changing-column-type
            ALTER TABLE users ALTER COLUMN id TYPE bigint;
            -- EXPECT: changing-column-type
            ALTER TABLE users ALTER COLUMN code TYPE varchar(10);
            """).matchesExpectations();
    }

    @Test
    void binaryCoercibleChangesAreFine() {
        LintTester tester = lint("""
            ALTER TABLE users ALTER COLUMN name TYPE varchar(200);
            ALTER TABLE users ALTER COLUMN name TYPE text;
            ALTER TABLE users ALTER COLUMN price TYPE numeric(14,2);
            ALTER TABLE users ALTER COLUMN ratio TYPE numeric;
            """);
        tester.matchesExpectationsWith(Map.of("V1__init.sql", "CREATE TABLE users (id int, name varchar(100), code text, price numeric(10,2), ratio numeric(5,3));\n"));
    }

    @Test
    void narrowingOrUsingIsReported() {
        LintTester tester = lint("""
            -- EXPECT: changing-column-type
            ALTER TABLE users ALTER COLUMN name TYPE varchar(50);
            -- EXPECT: changing-column-type
            ALTER TABLE users ALTER COLUMN price TYPE numeric(10,3);
            -- EXPECT: changing-column-type
            ALTER TABLE users ALTER COLUMN code TYPE text USING trim(code);
            """);
        tester.matchesExpectationsWith(Map.of("V1__init.sql", "CREATE TABLE users (id int, name varchar(100), code text, price numeric(10,2));\n"));
    }

    @Test
    void aUsingThatOnlyCastsTheColumnToTheNewTypeIsNoUsing() {
        LintTester tester = lint("""
            ALTER TABLE users ALTER COLUMN name TYPE text USING (name::text);
            ALTER TABLE users ALTER COLUMN note TYPE varchar(500) USING note::VARCHAR(500);
            -- EXPECT: changing-column-type
            ALTER TABLE users ALTER COLUMN code TYPE text USING (other::text);
            -- EXPECT: changing-column-type
            ALTER TABLE users ALTER COLUMN size TYPE bigint USING (size::bigint);
            -- EXPECT: changing-column-type
            ALTER TABLE users ALTER COLUMN memo TYPE text USING (memo::varchar);
            """);
        tester.matchesExpectationsWith(Map.of("V1__init.sql", "CREATE TABLE users (id int, name varchar(100),"
                + " note varchar(200), code varchar(10), other text, size int, memo varchar(10));\n"));
    }

    @Test
    void messageNamesOldAndNewType() {
        Finding f = lint("ALTER TABLE users ALTER COLUMN name TYPE varchar(50);\n")
                .resultWith(java.util.Map.of("V1__init.sql", "CREATE TABLE users (name varchar(100));\n"))
                .findings().stream().filter(x -> x.rule().equals("changing-column-type")).findFirst().orElseThrow();
        assertThat(f.message()).isEqualTo("Changing the type of column \"name\" of \"users\" from varchar(100) to "
                + "varchar(50) rewrites the table and its indexes (ACCESS EXCLUSIVE lock on users)");
    }
}
