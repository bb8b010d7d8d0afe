package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.db.roundtrip.ObservedLock;
import dev.migrationguard.db.roundtrip.PairResult;
import dev.migrationguard.db.roundtrip.RoundTrip;
import dev.migrationguard.db.roundtrip.RoundTripOptions;
import dev.migrationguard.db.roundtrip.RoundTripResult;
import dev.migrationguard.db.roundtrip.RoundTripTarget;
import dev.migrationguard.db.roundtrip.StatementLocks;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The locks PostgreSQL really takes while the round trip applies each up statement. */
class LockTraceTest {

    private static final String USERS = "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n"
            + "INSERT INTO users VALUES (1, 'a@example.com');\n";

    @Test
    void addColumnTakesAccessExclusiveAndCreateIndexShare(@TempDir Path project) throws Exception {
        try (var t = new RunnerTestSupport(project)) {
            t.file("1_users.up.sql", USERS).file("1_users.down.sql", "DROP TABLE users;\n")
                    .file("2_more.up.sql", "ALTER TABLE users ADD COLUMN nickname text;\n"
                            + "CREATE INDEX users_email_idx ON users (email);\n")
                    .file("2_more.down.sql", "DROP INDEX users_email_idx;\nALTER TABLE users DROP COLUMN nickname;\n");
            var config = t.config().build();
            RoundTripResult r;
            try (RoundTripTarget target = RoundTripTarget.open(config, Map.of())) {
                r = new RoundTrip(config, s -> { }).run(target, RoundTripOptions.all());
            }
            List<StatementLocks> locks = r.pairs().get(1).locks();
            assertThat(locks).extracting(StatementLocks::describe).containsExactly(
                    "ALTER TABLE users ADD COLUMN nickname text;: AccessExclusiveLock on users",
                    "CREATE INDEX users_email_idx ON users (email);: ShareLock on users");
            assertThat(locks).allSatisfy(l -> assertThat(l.watched()).isFalse());
            assertThat(r.pairs().get(1).lockDisagreements()).isEmpty();
        }
    }

    @Test
    void concurrentIndexIsWatchedFromASecondSession(@TempDir Path project) throws Exception {
        try (var t = new RunnerTestSupport(project)) {
            t.file("1_users.up.sql", USERS + """
                    CREATE FUNCTION gate(t text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
                    BEGIN
                      PERFORM pg_advisory_lock_shared(804201);
                      RETURN t;
                    END $$;
                    """).file("1_users.down.sql", "DROP FUNCTION gate(text);\nDROP TABLE users;\n")
                    .file("2_idx.up.sql", "CREATE INDEX CONCURRENTLY users_gate_idx ON users (gate(email));\n")
                    .file("2_idx.down.sql", "DROP INDEX CONCURRENTLY users_gate_idx;\n");
            var config = t.config().build();
            // advisory locks and pg_class are per database: the gate is a session in the round trip's database
            try (RoundTripTarget target = RoundTripTarget.open(config, Map.of());
                 Connection gate = target.connect()) {
                try (Statement st = gate.createStatement()) {
                    st.execute("SELECT pg_advisory_lock(804201)");
                }
                CompletableFuture<RoundTripResult> run = CompletableFuture.supplyAsync(
                        () -> new RoundTrip(config, s -> { }).run(target, RoundTripOptions.all()));
                // the index build waits at the gate while holding its lock on users: open the gate once it does
                while (!holdsShareUpdateExclusive(gate, target.schema())) {
                    assertThat(run).isNotDone();
                    Thread.sleep(10);
                }
                // keep the gate closed until the round trip's lock watcher has completed a sample that started
                // after the lock was seen, so it has seen it too (no race with a loaded scheduler)
                java.sql.Timestamp seen = now(gate);
                while (!watcherSampledSince(gate, seen)) {
                    assertThat(run).isNotDone();
                    Thread.sleep(10);
                }
                try (Statement st = gate.createStatement()) {
                    st.execute("SELECT pg_advisory_unlock(804201)");
                }
                RoundTripResult r = run.get(120, TimeUnit.SECONDS);
                PairResult idx = r.pairs().get(1);
                assertThat(idx.status()).isEqualTo(PairResult.Status.REVERSIBLE);
                assertThat(idx.locks()).singleElement().satisfies(l -> {
                    assertThat(l.watched()).isTrue();
                    assertThat(l.strongest()).contains(new ObservedLock("users", "ShareUpdateExclusiveLock"));
                    assertThat(l.disagreements()).isEmpty();
                });
            }
        }
    }

    private static java.sql.Timestamp now(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT clock_timestamp()")) {
            rs.next();
            return rs.getTimestamp(1);
        }
    }

    /** True when another session finished a pg_locks query that started after {@code since}. */
    private static boolean watcherSampledSince(Connection c, java.sql.Timestamp since) throws Exception {
        try (var ps = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                + "AND state = 'idle' AND query LIKE '%pg_locks%' AND query_start > ?")) {
            ps.setTimestamp(1, since);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    private static boolean holdsShareUpdateExclusive(Connection c, String schema) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                        + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '" + schema
                        + "' AND c.relname = 'users' AND l.mode = 'ShareUpdateExclusiveLock' AND l.granted")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    @Test
    void aLockOtherThanPredictedIsADisagreement() {
        var script = new dev.migrationguard.sql.ScriptParser().parse("V2__x.sql",
                "ALTER TABLE users ADD COLUMN a text;\n", 1, 0, null);
        var s = script.statements().get(0);
        var wrong = new StatementLocks("V2__x.sql", 1, s.abbreviated(60),
                List.of(new ObservedLock("users", "ShareLock")), s.classification().locks(), false);
        assertThat(wrong.disagreements())
                .containsExactly("lint predicts AccessExclusiveLock on users, PostgreSQL took ShareLock");
        var right = new StatementLocks("V2__x.sql", 1, s.abbreviated(60),
                List.of(new ObservedLock("users", "AccessExclusiveLock")), s.classification().locks(), false);
        assertThat(right.disagreements()).isEmpty();
    }
}
