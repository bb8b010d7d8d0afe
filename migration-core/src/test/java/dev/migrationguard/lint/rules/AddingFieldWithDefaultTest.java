package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.lint.Finding;
import org.junit.jupiter.api.Test;

class AddingFieldWithDefaultTest {

    @Test
    void volatileDefaultsAreReported() {
        lint("""
            -- EXPECT: adding-field-with-default
            ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();
            -- EXPECT: adding-field-with-default
            ALTER TABLE users ADD COLUMN seen timestamptz DEFAULT clock_timestamp();
            -- EXPECT: adding-field-with-default
            ALTER TABLE users ADD COLUMN n bigserial;
            -- EXPECT: adding-field-with-default
            ALTER TABLE users ADD COLUMN total numeric GENERATED ALWAYS AS (price * qty) STORED;
            """).matchesExpectations();
    }

    @Test
    void nonVolatileDefaultsAreFineFromPg11() {
        lint("""
            ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;
            ALTER TABLE users ADD COLUMN created_at timestamptz DEFAULT now();
            ALTER TABLE users ADD COLUMN tags jsonb DEFAULT '{}'::jsonb;
            ALTER TABLE users ADD COLUMN note text DEFAULT NULL;
            ALTER TABLE users ADD COLUMN label text DEFAULT 'random()';
            """).matchesExpectations();
    }

    @Test
    void anyDefaultBeforePg11() {
        lint("""
            -- EXPECT: adding-field-with-default
            ALTER TABLE users ADD COLUMN active boolean DEFAULT true;
            ALTER TABLE users ADD COLUMN note text;
            """)
                .with(b -> b.pgVersion(10)).matchesExpectations();
    }

    @Test
    void newTableIsFine() {
        lint("""
            CREATE TABLE t (id bigint);
            ALTER TABLE t ADD COLUMN token uuid DEFAULT gen_random_uuid();
            """).matchesExpectations();
    }

    @Test
    void messageNamesColumnTableDefaultAndLock() {
        Finding f = lint("ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();\n").result().findings()
                .stream().filter(x -> x.rule().equals("adding-field-with-default")).findFirst().orElseThrow();
        assertThat(f.message()).isEqualTo("Adding column \"token\" to \"users\" with volatile DEFAULT "
                + "gen_random_uuid() rewrites the table (ACCESS EXCLUSIVE lock on users for the whole rewrite)");
    }

    @Test
    void timeFunctionsCountOnlyAsBuiltInZeroArgumentCalls() {
        lint("""
            -- EXPECT: adding-field-with-default
            ALTER TABLE users ADD COLUMN a timestamptz DEFAULT now(1);
            -- EXPECT: adding-field-with-default
            ALTER TABLE users ADD COLUMN b timestamptz DEFAULT public.now();
            -- EXPECT: adding-field-with-default
            ALTER TABLE users ADD COLUMN c timestamptz DEFAULT myschema.now();
            -- EXPECT: adding-field-with-default
            ALTER TABLE users ADD COLUMN d timestamptz DEFAULT transaction_timestamp('x');
            -- EXPECT: adding-field-with-default
            ALTER TABLE users ADD COLUMN e timestamptz DEFAULT current_timestamp(p);
            """).matchesExpectations();
    }

    @Test
    void builtInTimeFunctionsInTheirOwnSpellingsAreFine() {
        lint("""
            ALTER TABLE users ADD COLUMN a timestamptz DEFAULT now();
            ALTER TABLE users ADD COLUMN b timestamptz DEFAULT pg_catalog.now();
            ALTER TABLE users ADD COLUMN c timestamptz DEFAULT NOW( );
            ALTER TABLE users ADD COLUMN d timestamptz DEFAULT CURRENT_TIMESTAMP(3);
            ALTER TABLE users ADD COLUMN e timestamptz DEFAULT statement_timestamp();
            ALTER TABLE users ADD COLUMN f timestamp DEFAULT LOCALTIMESTAMP;
            """).matchesExpectations();
    }
}
