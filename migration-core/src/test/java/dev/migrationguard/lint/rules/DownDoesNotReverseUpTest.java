package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.lint.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DownDoesNotReverseUpTest {

    private static List<String> messages(String up, String down) {
        return lint(down).as("1_a.down.sql").resultWith(Map.of("1_a.up.sql", up)).findings().stream()
                .filter(f -> f.rule().equals("down-does-not-reverse-up"))
                .peek(f -> assertThat(f.file()).isEqualTo("db/1_a.down.sql"))
                .map(Finding::message)
                .toList();
    }

    @Test
    void forgottenIndexIsNamed() {
        assertThat(messages("""
                CREATE TABLE users (id bigint, email text);
                CREATE INDEX idx_users_email ON users (email);
                """, "ALTER TABLE users RENAME TO users_old;\n"))
                .anyMatch(m -> m.startsWith("up creates index idx_users_email (db/1_a.up.sql:2); down never drops it"))
                .anyMatch(m -> m.startsWith("up creates table users"));
    }

    @Test
    void droppingEverythingCreatedIsFine() {
        assertThat(messages("""
                CREATE TABLE users (id bigint, email text);
                CREATE INDEX idx_users_email ON users (email);
                CREATE VIEW active_users AS SELECT id FROM users;
                CREATE SEQUENCE user_seq;
                CREATE TYPE mood AS ENUM ('ok', 'sad');
                CREATE FUNCTION one() RETURNS int LANGUAGE sql AS 'SELECT 1';
                CREATE EXTENSION IF NOT EXISTS pgcrypto;
                """, """
                DROP EXTENSION IF EXISTS pgcrypto;
                DROP FUNCTION one();
                DROP TYPE mood;
                DROP SEQUENCE user_seq;
                DROP VIEW active_users;
                DROP TABLE users;
                """)).isEmpty();
    }

    @Test
    void forgottenFunctionAndTypeAreNamed() {
        assertThat(messages("""
                CREATE TYPE mood AS ENUM ('ok', 'sad');
                CREATE FUNCTION one() RETURNS int LANGUAGE sql AS 'SELECT 1';
                """, "DROP TYPE mood;\n"))
                .containsExactly("up creates function one (db/1_a.up.sql:2); down never drops it");
    }

    @Test
    void indexGoesWithItsTable() {
        assertThat(messages("""
                CREATE TABLE t (a int);
                CREATE UNIQUE INDEX t_a ON t (a);
                """, "DROP TABLE t;\n")).isEmpty();
    }

    @Test
    void columnChangesNeedTheirInverse() {
        String up = """
                ALTER TABLE users ADD COLUMN nickname text;
                ALTER TABLE users ALTER COLUMN email SET NOT NULL;
                ALTER TABLE users ALTER COLUMN status SET DEFAULT 'new';
                ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
                ALTER TABLE users RENAME COLUMN name TO full_name;
                ALTER TABLE users ALTER COLUMN age TYPE bigint;
                """;
        assertThat(messages(up, "SELECT 1;\n")).containsExactly(
                "up adds column nickname to users (db/1_a.up.sql:1); down never drops it",
                "up sets column email of users NOT NULL (db/1_a.up.sql:2); down never drops NOT NULL",
                "up sets the default of column status of users (db/1_a.up.sql:3); down never drops or resets it",
                "up adds constraint users_email_key on users (db/1_a.up.sql:4); down never drops it",
                "up renames column name of users to full_name (db/1_a.up.sql:5); down never renames it back",
                "up changes the type of column age of users to bigint (db/1_a.up.sql:6); down never changes it back");
        assertThat(messages(up, """
                ALTER TABLE users ALTER COLUMN age TYPE integer;
                ALTER TABLE users RENAME COLUMN full_name TO name;
                ALTER TABLE users DROP CONSTRAINT users_email_key;
                ALTER TABLE users ALTER COLUMN status DROP DEFAULT;
                ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
                ALTER TABLE users DROP COLUMN nickname;
                """)).isEmpty();
    }

    @Test
    void renameTableBack() {
        assertThat(messages("ALTER TABLE a RENAME TO b;\n", "ALTER TABLE b RENAME TO a;\n")).isEmpty();
        assertThat(messages("ALTER TABLE a RENAME TO b;\n", "ALTER TABLE a RENAME TO b;\n"))
                .containsExactly("up renames table a to b (db/1_a.up.sql:1); down never renames it back");
    }

    @Test
    void dataChangesAreNotGuessed() {
        assertThat(messages("""
                INSERT INTO settings VALUES ('a', 1);
                UPDATE users SET status = 'x';
                ALTER TYPE mood ADD VALUE 'happy';
                GRANT SELECT ON users TO reader;
                """, "DELETE FROM settings WHERE key = 'a';\n")).isEmpty();
    }

    @Test
    void irreversibleDownIsSkipped() {
        assertThat(messages("CREATE TABLE t (a int);\n",
                "-- migration-guard:irreversible rows are merged\nSELECT 1;\n")).isEmpty();
    }

    @Test
    void upScriptsAreNotChecked() {
        var findings = lint("CREATE TABLE t (a int);\n").as("1_a.up.sql")
                .resultWith(Map.of("1_a.down.sql", "DROP TABLE t;\n")).findings();
        assertThat(findings).extracting(Finding::rule).doesNotContain("down-does-not-reverse-up");
    }

    @Test
    void commonlyWrittenPairsAreFine() {
        assertThat(messages("""
                CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
                CREATE TABLE IF NOT EXISTS public.users (id uuid DEFAULT uuid_generate_v4());
                ALTER TABLE users ADD COLUMN IF NOT EXISTS email text;
                CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key ON users (lower(email));
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
                ALTER TABLE users RENAME COLUMN name TO full_name;
                ALTER TABLE users ALTER COLUMN age TYPE bigint;
                """, """
                ALTER TABLE users ALTER age TYPE int;
                ALTER TABLE users RENAME full_name TO name;
                DROP TRIGGER IF EXISTS users_touch ON users;
                DROP FUNCTION IF EXISTS touch();
                DROP INDEX CONCURRENTLY IF EXISTS users_email_key;
                ALTER TABLE users DROP COLUMN IF EXISTS email;
                DROP TABLE IF EXISTS users;
                DROP EXTENSION IF EXISTS "uuid-ossp";
                """)).isEmpty();
    }

    @Test
    void indexesAndConstraintsGoWithTheColumnsTheyUse() {
        assertThat(messages("""
                ALTER TABLE users ADD COLUMN email text;
                CREATE INDEX users_email_idx ON users USING btree (email);
                ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> '');
                ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
                """, "ALTER TABLE users DROP COLUMN email;\n")).isEmpty();
        assertThat(messages("""
                ALTER TABLE users ADD COLUMN email text;
                CREATE INDEX users_name_idx ON users (name);
                """, "ALTER TABLE users DROP COLUMN email;\n"))
                .containsExactly("up creates index users_name_idx (db/1_a.up.sql:2); down never drops it");
    }
}
