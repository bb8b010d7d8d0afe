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
            assertThat(r.summary()).startsWith("2 reversible, 0 not reversible, 0 failed, 0 skipped;");
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
            assertThat(second.stopsTheRun()).isTrue();
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
    void theSchemaIsDroppedAndNothingElseIsTouched(@TempDir Path project) throws Exception {
        try (var t = new RunnerTestSupport(project)) {
            t.db.execute("CREATE TABLE users (keep int)");
            t.file("1_users.up.sql", USERS_UP).file("1_users.down.sql", USERS_DOWN);
            String schema;
            var config = t.config().build();
            try (RoundTripTarget target = RoundTripTarget.open(config, Map.of())) {
                schema = target.schema();
                assertThat(new RoundTrip(config, s -> { }).run(target, RoundTripOptions.all()).ok()).isTrue();
            }
            assertThat(t.db.query("SELECT count(*)::int FROM information_schema.columns WHERE table_schema = '"
                    + t.db.schema() + "' AND table_name = 'users'")).isEqualTo(1);
            try (Connection c = java.sql.DriverManager.getConnection(t.db.url()); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = '" + schema
                         + "'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }
}
