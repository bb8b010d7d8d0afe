package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.db.roundtrip.PairResult;
import dev.migrationguard.db.roundtrip.RoundTrip;
import dev.migrationguard.db.roundtrip.RoundTripOptions;
import dev.migrationguard.db.roundtrip.RoundTripRenderer;
import dev.migrationguard.db.roundtrip.RoundTripResult;
import dev.migrationguard.db.roundtrip.RoundTripTarget;
import dev.migrationguard.naming.MigrationVersion;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round trips on a real PostgreSQL, in a schema the round trip creates and drops. */
class RoundTripTest {

    private static final String USERS_UP = "CREATE TABLE users (id bigint PRIMARY KEY, email text, status text);\n";
    private static final String USERS_DOWN = "DROP TABLE users;\n";

    private static RoundTripResult roundTrip(RunnerTestSupport t, List<String> progress, RoundTripOptions options) {
        var config = t.config().build();
        try (RoundTripTarget target = RoundTripTarget.open(config, Map.of())) {
            return new RoundTrip(config, progress::add).run(target, options);
        }
    }

    private static RoundTripResult roundTrip(RunnerTestSupport t) {
        return roundTrip(t, new ArrayList<>(), RoundTripOptions.all());
    }

    @Test
    void pairsThatUndoEverythingRoundTrip(@TempDir Path project) throws Exception {
        try (var t = new RunnerTestSupport(project)) {
            t.file("1_users.up.sql", USERS_UP).file("1_users.down.sql", USERS_DOWN)
                    .file("2_more.up.sql", """
                            CREATE TYPE mood AS ENUM ('ok', 'sad');
                            ALTER TABLE users ADD COLUMN mood mood DEFAULT 'ok';
                            ALTER TABLE users ALTER COLUMN status SET DEFAULT 'new';
                            CREATE INDEX users_email_idx ON users (email);
                            CREATE FUNCTION one() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
                            CREATE VIEW active AS SELECT id FROM users WHERE status = 'active';
                            COMMENT ON TABLE users IS 'people';
                            """)
                    .file("2_more.down.sql", """
                            COMMENT ON TABLE users IS NULL;
                            DROP VIEW active;
                            DROP FUNCTION one();
                            DROP INDEX users_email_idx;
                            ALTER TABLE users ALTER COLUMN status DROP DEFAULT;
                            ALTER TABLE users DROP COLUMN mood;
                            DROP TYPE mood;
                            """);
            List<String> progress = new ArrayList<>();
            RoundTripResult r = roundTrip(t, progress, RoundTripOptions.all());
            assertThat(r.pairs()).extracting(PairResult::status)
                    .containsExactly(PairResult.Status.REVERSIBLE, PairResult.Status.REVERSIBLE);
            assertThat(r.ok()).isTrue();
            assertThat(progress).hasSize(2);
            assertThat(progress.get(1)).startsWith("[2/2] 2 more: reversible (");
            assertThat(r.summary()).startsWith("2 reversible, 0 not reversible, 0 failed, 0 skipped, 0 not checked "
                    + "(2 pairs);");
        }
    }

    @Test
    void forgottenIndexDefaultEnumValueAndFunctionAreNamed(@TempDir Path project) throws Exception {
        try (var t = new RunnerTestSupport(project)) {
            t.file("1_users.up.sql", USERS_UP + "CREATE TYPE mood AS ENUM ('ok');\n")
                    .file("1_users.down.sql", "DROP TYPE mood;\n" + USERS_DOWN)
                    .file("2_forgets.up.sql", """
                            CREATE INDEX users_email_idx ON users (email);
                            ALTER TABLE users ALTER COLUMN status SET DEFAULT 'new';
                            ALTER TYPE mood ADD VALUE 'sad';
                            CREATE FUNCTION one() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
                            """)
                    .file("2_forgets.down.sql", "SELECT 1;\n");
            RoundTripResult r = roundTrip(t);
            PairResult second = r.pairs().get(1);
            assertThat(r.pairs().get(0).status()).isEqualTo(PairResult.Status.REVERSIBLE);
            assertThat(second.status()).isEqualTo(PairResult.Status.NOT_REVERSIBLE);
            // the down left everything in place, so the second up fails on the existing index: the pair is not
            // reversible, the differences after down are the findings and the failure is said in the detail
            assertThat(second.differences()).contains(
                    "index users_email_idx: present after down",
                    "function one(): present after down",
                    "type mood: differs after down: was enum ('ok'), now enum ('ok', 'sad')",
                    "column users.status: differs after down: was text, now text DEFAULT 'new'::text");
            assertThat(second.detail()).startsWith("up again failed at ").contains("users_email_idx");
            assertThat(r.ok()).isFalse();
            assertThat(RoundTripRenderer.text(r)).contains("  index users_email_idx: present after down\n");
            assertThat(RoundTripRenderer.markdown(r)).contains("| 2 forgets | not reversible: up again failed at ")
                    .contains("index users_email_idx: present after down");
            assertThat(RoundTripRenderer.json(r)).contains("\"status\" : \"not_reversible\"")
                    .contains("\"reversible\" : 1");
        }
    }

    @Test
    void downThatDropsMoreThanTheUpCreatedIsNotReversible(@TempDir Path project) throws Exception {
        try (var t = new RunnerTestSupport(project)) {
            t.file("1_users.up.sql", USERS_UP + "CREATE INDEX users_status_idx ON users (status);\n")
                    .file("1_users.down.sql", USERS_DOWN)
                    .file("2_email.up.sql", "ALTER TABLE users ADD COLUMN nickname text;\n")
                    .file("2_email.down.sql", "ALTER TABLE users DROP COLUMN nickname;\n"
                            + "DROP INDEX users_status_idx;\n");
            RoundTripResult r = roundTrip(t);
            PairResult second = r.pairs().get(1);
            assertThat(second.status()).isEqualTo(PairResult.Status.NOT_REVERSIBLE);
            assertThat(second.differences()).containsExactly("index users_status_idx: missing after down",
                    "index users_status_idx: missing after up again");
        }
    }

    @Test
    void concurrentIndexRunsOutsideATransactionAndRoundTrips(@TempDir Path project) throws Exception {
        try (var t = new RunnerTestSupport(project)) {
            t.file("1_users.up.sql", USERS_UP).file("1_users.down.sql", USERS_DOWN)
                    .file("2_idx.up.sql", "CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n")
                    .file("2_idx.down.sql", "DROP INDEX CONCURRENTLY users_email_idx;\n");
            RoundTripResult r = roundTrip(t);
            assertThat(r.pairs()).extracting(PairResult::status)
                    .containsExactly(PairResult.Status.REVERSIBLE, PairResult.Status.REVERSIBLE);
            assertThat(r.pairs().get(1).locks()).singleElement()
                    .satisfies(l -> assertThat(l.watched()).isTrue());
        }
    }

    @Test
    void fromAndToLimitTheRangeAndMissingDownsAreSkipped(@TempDir Path project) throws Exception {
        try (var t = new RunnerTestSupport(project)) {
            t.file("1_users.up.sql", USERS_UP).file("1_users.down.sql", USERS_DOWN)
                    .file("2_a.up.sql", "ALTER TABLE users ADD COLUMN a text;\n")
                    .file("2_a.down.sql", "-- migration-guard:irreversible values are merged\n")
                    .file("3_b.up.sql", "ALTER TABLE users ADD COLUMN b text;\n")
                    .file("3_b.down.sql", "ALTER TABLE users DROP COLUMN b;\n")
                    .file("4_c.up.sql", "ALTER TABLE users ADD COLUMN c text;\n")
                    .file("4_c.down.sql", "SELECT 1;\n");
            RoundTripResult r = roundTrip(t, new ArrayList<>(), new RoundTripOptions(MigrationVersion.parse("2"),
                    MigrationVersion.parse("3")));
            assertThat(r.pairs()).extracting(PairResult::migration, PairResult::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("1 users", PairResult.Status.SKIPPED),
                    org.assertj.core.groups.Tuple.tuple("2 a", PairResult.Status.SKIPPED),
                    org.assertj.core.groups.Tuple.tuple("3 b", PairResult.Status.REVERSIBLE));
            assertThat(r.pairs().get(1).detail()).isEqualTo("down marked irreversible: values are merged");
        }
    }

    @Test
    void theDatabaseIsDroppedAndNothingElseIsTouched(@TempDir Path project) throws Exception {
        try (var t = new RunnerTestSupport(project)) {
            t.db.execute("CREATE TABLE users (keep int)");
            t.file("1_users.up.sql", USERS_UP).file("1_users.down.sql", USERS_DOWN);
            String name;
            var config = t.config().build();
            try (RoundTripTarget target = RoundTripTarget.open(config, Map.of())) {
                name = target.name();
                assertThat(target.ownDatabase()).isTrue();
                assertThat(new RoundTrip(config, s -> { }).run(target, RoundTripOptions.all()).ok()).isTrue();
            }
            assertThat(t.db.query("SELECT count(*)::int FROM information_schema.columns WHERE table_schema = '"
                    + t.db.schema() + "' AND table_name = 'users'")).isEqualTo(1);
            assertThat(databaseExists(t, name)).isFalse();
        }
    }

    private static boolean databaseExists(RunnerTestSupport t, String name) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection(t.db.url()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    /**
     * Migrations that name {@code public.} and create a schema of their own with functions: they run in the round
     * trip's own database, nothing of them is left on the server, and a second run on the same server passes.
     */
    @Test
    void publicAndOtherSchemasRoundTripAndNothingIsLeftBehind(@TempDir Path project) throws Exception {
        try (var t = new RunnerTestSupport(project)) {
            t.file("1_users.up.sql", "CREATE TABLE public.users (id bigint PRIMARY KEY, name text);\n")
                    .file("1_users.down.sql", "DROP TABLE public.users;\n")
                    .file("2_utils.up.sql", """
                            CREATE SCHEMA utils;
                            CREATE FUNCTION utils.slug(t text) RETURNS text LANGUAGE sql IMMUTABLE
                              AS $$ SELECT lower(t) $$;
                            CREATE FUNCTION utils.add(a int, b int) RETURNS int LANGUAGE sql AS $$ SELECT a + b $$;
                            CREATE INDEX users_slug_idx ON public.users (utils.slug(name));
                            """)
                    .file("2_utils.down.sql", "DROP INDEX public.users_slug_idx;\nDROP SCHEMA utils CASCADE;\n")
                    .file("3_forgets.up.sql", "CREATE FUNCTION utils.mul(a int, b int) RETURNS int LANGUAGE sql "
                            + "AS $$ SELECT a * b $$;\n")
                    .file("3_forgets.down.sql", "SELECT 1;\n");
            List<String> names = new ArrayList<>();
            for (int run = 1; run <= 2; run++) {
                var config = t.config().build();
                RoundTripResult r;
                try (RoundTripTarget target = RoundTripTarget.open(config, Map.of())) {
                    names.add(target.name());
                    r = new RoundTrip(config, s -> { }).run(target, RoundTripOptions.all());
                }
                assertThat(r.pairs()).as("run " + run).extracting(PairResult::status).containsExactly(
                        PairResult.Status.REVERSIBLE, PairResult.Status.REVERSIBLE, PairResult.Status.NOT_REVERSIBLE);
                // objects outside the home schema are named with their schema
                assertThat(r.pairs().get(2).differences()).contains("function utils.mul(a integer, b integer): "
                        + "present after down");
            }
            for (String name : names) {
                assertThat(databaseExists(t, name)).isFalse();
            }
            assertThat(t.db.query("SELECT count(*)::int FROM pg_namespace WHERE nspname = 'utils'")).isEqualTo(0);
        }
    }

    /**
     * A broken pair 2 of 5 (its down fails) and a pair 4 whose down forgets an index: the state is rebuilt after each
     * and every pair gets its verdict.
     */
    @Test
    void everyPairIsAccountedForAfterAFailure(@TempDir Path project) throws Exception {
        try (var t = new RunnerTestSupport(project)) {
            t.file("1_users.up.sql", USERS_UP).file("1_users.down.sql", USERS_DOWN)
                    .file("2_broken.up.sql", "ALTER TABLE users ADD COLUMN a text;\n")
                    .file("2_broken.down.sql", "ALTER TABLE users DROP COLUMN no_such_column;\n")
                    .file("3_b.up.sql", "ALTER TABLE users ADD COLUMN b text;\n")
                    .file("3_b.down.sql", "ALTER TABLE users DROP COLUMN b;\n")
                    .file("4_idx.up.sql", "CREATE INDEX users_a_idx ON users (a);\n")
                    .file("4_idx.down.sql", "SELECT 1;\n")
                    .file("5_c.up.sql", "ALTER TABLE users ADD COLUMN c text;\nCREATE INDEX users_c_idx ON users (c);\n")
                    .file("5_c.down.sql", "DROP INDEX users_c_idx;\nALTER TABLE users DROP COLUMN c;\n");
            List<String> progress = new ArrayList<>();
            RoundTripResult r = roundTrip(t, progress, RoundTripOptions.all());
            assertThat(r.pairs()).extracting(PairResult::status).containsExactly(PairResult.Status.REVERSIBLE,
                    PairResult.Status.FAILED, PairResult.Status.REVERSIBLE, PairResult.Status.NOT_REVERSIBLE,
                    PairResult.Status.REVERSIBLE);
            assertThat(r.pairs().get(1).detail()).startsWith("down failed at ").contains("no_such_column");
            assertThat(r.summary()).startsWith("3 reversible, 1 not reversible, 1 failed, 0 skipped, 0 not checked "
                    + "(5 pairs);");
            assertThat(progress).hasSize(5);
        }
    }

    /** When an up cannot be applied, the pairs after it cannot be checked, and say so. */
    @Test
    void pairsAfterAnUpThatFailsAreNotChecked(@TempDir Path project) throws Exception {
        try (var t = new RunnerTestSupport(project)) {
            t.file("1_users.up.sql", USERS_UP).file("1_users.down.sql", USERS_DOWN)
                    .file("2_broken.up.sql", "ALTER TABLE no_such_table ADD COLUMN a text;\n")
                    .file("2_broken.down.sql", "ALTER TABLE no_such_table DROP COLUMN a;\n")
                    .file("3_b.up.sql", "ALTER TABLE users ADD COLUMN b text;\n")
                    .file("3_b.down.sql", "ALTER TABLE users DROP COLUMN b;\n")
                    .file("4_c.up.sql", "ALTER TABLE users ADD COLUMN c text;\n");
            RoundTripResult r = roundTrip(t);
            assertThat(r.pairs()).extracting(PairResult::status).containsExactly(PairResult.Status.REVERSIBLE,
                    PairResult.Status.FAILED, PairResult.Status.NOT_CHECKED, PairResult.Status.NOT_CHECKED);
            assertThat(r.pairs().get(2).detail()).isEqualTo("the up of 2 broken fails, so the schema this migration "
                    + "expects cannot be built");
            assertThat(r.summary()).startsWith("1 reversible, 0 not reversible, 1 failed, 0 skipped, 2 not checked "
                    + "(4 pairs);");
            assertThat(r.ok()).isFalse();
        }
    }

    /**
     * A view whose body differs in the middle of a long line: the text shows the differing part of that line, the
     * JSON the whole definitions and their complete diff.
     */
    @Test
    void aDifferenceInTheMiddleOfALongLineIsShown(@TempDir Path project) throws Exception {
        String where = " WHERE p.title <> 'a rather long title that nobody would ever give a post of theirs' AND "
                + "p.created_at > %s AND p.body <> 'and another long literal that keeps this one line going on'";
        String view = "CREATE OR REPLACE VIEW recent AS SELECT p.id, p.title FROM posts p" + where + ";\n";
        try (var t = new RunnerTestSupport(project)) {
            t.file("1_posts.up.sql", "CREATE TABLE posts (id bigint, title text, body text, created_at timestamptz);\n"
                            + view.formatted("now() - interval '1 day'"))
                    .file("1_posts.down.sql", "DROP VIEW recent;\nDROP TABLE posts;\n")
                    .file("2_view.up.sql", view.formatted("now() - interval '2 days'"))
                    .file("2_view.down.sql", view.formatted("'2024-05-01 10:00:00+00'::timestamptz"));
            RoundTripResult r = roundTrip(t);
            PairResult second = r.pairs().get(1);
            assertThat(second.status()).isEqualTo(PairResult.Status.NOT_REVERSIBLE);
            assertThat(second.differences()).containsExactly(
                    "view recent: differs after down (1 line(s) removed, 1 added; see the diff)");
            String text = RoundTripRenderer.text(r);
            assertThat(text).contains("    -...").contains("'1 day'").contains("    +...")
                    .contains("2024-05-01 10:00:00");
            String json = RoundTripRenderer.json(r);
            assertThat(json).contains("\"diffs\"").contains("\"change\" : \"differs\"")
                    .contains("nobody would ever give a post of theirs").contains("keeps this one line going on");
            PairResult back = dev.migrationguard.db.roundtrip.RoundTripJson.parse(json).pairs().get(1);
            assertThat(back.changes()).isEqualTo(second.changes());
        }
    }

    /**
     * A user without CREATEDB: the round trip says why it has no database of its own and runs in a schema, which it
     * drops after.
     */
    @Test
    void aUserWhoMayNotCreateDatabasesGetsASchemaAndAWarning(@TempDir Path project) throws Exception {
        String role = "roundtrip_mg_nocreatedb";
        try (var t = new RunnerTestSupport(project)) {
            t.db.execute("DROP ROLE IF EXISTS " + role);
            t.db.execute("CREATE ROLE " + role + " LOGIN NOCREATEDB");
            try {
                t.db.execute("GRANT CREATE ON DATABASE " + t.db.query("SELECT current_database()") + " TO " + role);
                t.file("1_users.up.sql", USERS_UP).file("1_users.down.sql", USERS_DOWN);
                String base = t.db.url().contains("?") ? t.db.url().substring(0, t.db.url().indexOf('?'))
                        : t.db.url();
                var config = t.config().dbUrl(base + "?user=" + role).build();
                List<String> notes = new ArrayList<>();
                String name;
                RoundTripResult r;
                try (RoundTripTarget target = RoundTripTarget.open(config, Map.of(), notes::add)) {
                    name = target.name();
                    assertThat(target.ownDatabase()).isFalse();
                    assertThat(target.schema()).isEqualTo(name);
                    r = new RoundTrip(config, s -> { }).run(target, RoundTripOptions.all());
                }
                assertThat(notes).singleElement().satisfies(n -> assertThat(n)
                        .startsWith("warning: no throw-away database on ")
                        .contains("(role " + role + " may not create databases (no CREATEDB)); the round trip runs "
                                + "in schema " + name + " instead")
                        .endsWith("grant CREATEDB to the user to avoid this"));
                assertThat(r.pairs()).extracting(PairResult::status).containsExactly(PairResult.Status.REVERSIBLE);
                assertThat(t.db.query("SELECT count(*)::int FROM pg_namespace WHERE nspname = '" + name + "'"))
                        .isEqualTo(0);
            } finally {
                t.db.execute("DROP OWNED BY " + role);
                t.db.execute("DROP ROLE " + role);
            }
        }
    }
}
