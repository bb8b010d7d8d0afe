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

    @Test
    void indexesAndTriggersGoWithTheirViewOrMaterializedView() {
        // drop and recreate: the down puts the old materialized view back, with its index
        assertThat(messages("""
                DROP MATERIALIZED VIEW recent;
                CREATE MATERIALIZED VIEW recent (id, n) AS SELECT id, count(*) FROM versions GROUP BY id;
                CREATE UNIQUE INDEX recent_id ON recent (id);
                """, """
                DROP MATERIALIZED VIEW recent;
                CREATE MATERIALIZED VIEW recent (id, n) AS SELECT id, count(*) FROM downloads GROUP BY id;
                CREATE UNIQUE INDEX recent_id ON recent (id);
                """)).isEmpty();
        assertThat(messages("""
                CREATE VIEW v AS SELECT 1 AS a;
                CREATE TRIGGER v_ins INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION f();
                """, "DROP VIEW v;\n")).isEmpty();
        assertThat(messages("""
                CREATE MATERIALIZED VIEW recent AS SELECT 1 AS id;
                CREATE UNIQUE INDEX recent_id ON recent (id);
                """, "DROP MATERIALIZED VIEW other;\n")).containsExactly(
                "up creates materialized view recent (db/1_a.up.sql:1); down never drops it",
                "up creates index recent_id (db/1_a.up.sql:2); down never drops it");
    }

    @Test
    void dropCascadeTakesWhatDependsOnTheDroppedObject() {
        assertThat(messages("""
                ALTER TABLE versions ADD COLUMN n int;
                CREATE FUNCTION count_versions() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER versions_count AFTER INSERT ON versions FOR EACH ROW EXECUTE PROCEDURE count_versions();
                """, """
                ALTER TABLE versions DROP COLUMN n;
                DROP FUNCTION IF EXISTS count_versions CASCADE;
                """)).isEmpty();
        assertThat(messages("""
                CREATE TABLE owners (id int PRIMARY KEY);
                CREATE VIEW owner_ids AS SELECT id FROM owners;
                ALTER TABLE crates ADD CONSTRAINT crates_owner_fk FOREIGN KEY (owner_id) REFERENCES owners (id);
                """, "DROP TABLE owners CASCADE;\n")).isEmpty();
        // without CASCADE the view and the foreign key stay (PostgreSQL refuses the drop, in fact)
        assertThat(messages("""
                CREATE TABLE owners (id int PRIMARY KEY);
                CREATE VIEW owner_ids AS SELECT id FROM owners;
                ALTER TABLE crates ADD CONSTRAINT crates_owner_fk FOREIGN KEY (owner_id) REFERENCES owners (id);
                """, "DROP TABLE owners;\n")).containsExactly(
                "up creates view owner_ids (db/1_a.up.sql:2); down never drops it",
                "up adds constraint crates_owner_fk on crates (db/1_a.up.sql:3); down never drops it");
        // a cascade of something else takes nothing of the up
        assertThat(messages("CREATE VIEW owner_ids AS SELECT id FROM owners;\n", "DROP TABLE teams CASCADE;\n"))
                .containsExactly("up creates view owner_ids (db/1_a.up.sql:1); down never drops it");
    }

    @Test
    void aSequenceOwnedByAColumnGoesWithIt() {
        assertThat(messages("""
                ALTER TABLE users ADD COLUMN seq_no bigint;
                CREATE SEQUENCE users_seq_no_seq OWNED BY users.seq_no;
                """, "ALTER TABLE users DROP COLUMN seq_no;\n")).isEmpty();
        assertThat(messages("""
                CREATE TABLE t (id bigint);
                CREATE SEQUENCE t_id_seq;
                ALTER SEQUENCE t_id_seq OWNED BY t.id;
                """, "DROP TABLE t;\n")).isEmpty();
        assertThat(messages("CREATE SEQUENCE t_id_seq;\n", "DROP TABLE t;\n"))
                .containsExactly("up creates sequence t_id_seq (db/1_a.up.sql:1); down never drops it");
    }

    @Test
    void aTableCreatedAndRenamedByTheUpIsDroppedUnderItsNewName() {
        String up = """
                CREATE TABLE artifacts_temp (id int);
                DROP TABLE artifacts;
                ALTER TABLE artifacts_temp RENAME TO artifacts;
                """;
        assertThat(messages(up, """
                CREATE TABLE artifacts_old (id int, name text);
                DROP TABLE artifacts;
                ALTER TABLE artifacts_old RENAME TO artifacts;
                """)).isEmpty();
        assertThat(messages(up, "SELECT 1;\n")).containsExactly("up creates table artifacts_temp (renamed artifacts) "
                + "(db/1_a.up.sql:1); down never drops it");
    }

    @Test
    void anObjectTheUpReplacesIsRestoredByCreatingItAgain() {
        assertThat(messages("""
                DROP FUNCTION slug(text);
                CREATE FUNCTION slug(t text) RETURNS text LANGUAGE sql AS $$ SELECT lower(t) $$;
                """, "CREATE OR REPLACE FUNCTION slug(t text) RETURNS text LANGUAGE sql AS $$ SELECT t $$;\n"))
                .isEmpty();
        assertThat(messages("CREATE FUNCTION slug(t text) RETURNS text LANGUAGE sql AS $$ SELECT lower(t) $$;\n",
                "CREATE OR REPLACE FUNCTION slug(t text) RETURNS text LANGUAGE sql AS $$ SELECT t $$;\n"))
                .containsExactly("up creates function slug (db/1_a.up.sql:1); down never drops it");
    }

    @Test
    void createIfNotExistsOfWhatAnEarlierMigrationCreatedCreatesNothing() {
        var findings = lint("DROP TABLE files;\n").as("2_files.down.sql").resultWith(Map.of(
                "1_ext.up.sql", "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\";\n",
                "1_ext.down.sql", "DROP EXTENSION \"uuid-ossp\";\n",
                "2_files.up.sql", "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\";\n"
                        + "CREATE TABLE files (id uuid DEFAULT uuid_generate_v4());\n")).findings();
        assertThat(findings).extracting(Finding::rule).doesNotContain("down-does-not-reverse-up");
        // the first to create it has to drop it
        assertThat(messages("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\";\nCREATE TABLE files (id uuid);\n",
                "DROP TABLE files;\n")).containsExactly(
                "up creates extension uuid-ossp (db/1_a.up.sql:1); down never drops it");
    }
}
