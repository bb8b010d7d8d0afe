package dev.migrationguard.db.roundtrip;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.DatabaseException;
import dev.migrationguard.db.MigrationCatalog;
import dev.migrationguard.db.PreparedScript;
import dev.migrationguard.db.ScriptPreparer;
import dev.migrationguard.db.StatementFailure;
import dev.migrationguard.db.StatementRunner;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.sql.ScriptParser;
import dev.migrationguard.sql.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Proves each up/down pair reversible on a throw-away database: for each migration in order, snapshot, up, snapshot,
 * down, snapshot and compare with the one before up, up again and compare with the one after up. Scripts are read,
 * split and run by the runner's own preparer and statement runner. Every pair is accounted for: after a failure or a
 * second up that did not restore the schema, the state is rebuilt from a fresh database and the round trip goes on.
 *
 * <p>The first up records the locks each statement takes: statements that run in a transaction run one per
 * transaction, and {@code pg_locks} is read in that transaction before it commits; statements that cannot run in a
 * transaction block ({@code CREATE INDEX CONCURRENTLY}, ...) are watched from a second session while they run. The
 * down and the second up run as the runner runs them (one transaction per script, or autocommit).
 */
public final class RoundTrip {

    private final MigrationGuardConfig config;
    private final Consumer<String> progress;
    private final ScriptParser parser = new ScriptParser();

    /** @param progress receives one line per migration */
    public RoundTrip(MigrationGuardConfig config, Consumer<String> progress) {
        this.config = config;
        this.progress = progress;
    }

    /** Round-trips the configured locations on {@code target}. */
    public RoundTripResult run(RoundTripTarget target, RoundTripOptions options) {
        return run(MigrationCatalog.load(config), target, options, System.nanoTime());
    }

    /**
     * Round-trips {@code catalog}'s versioned migrations on {@code target}. Every pair gets a verdict: after a pair
     * that failed or left the schema different, the state is rebuilt (a fresh database, the ups up to that pair
     * applied) and the round trip goes on; when an up cannot be applied, the pairs after it are not checked.
     *
     * @param startNanos when the run started (to count the server start in the total time)
     */
    public RoundTripResult run(MigrationCatalog catalog, RoundTripTarget target, RoundTripOptions options,
                               long startNanos) {
        if (!catalog.blockingProblems().isEmpty()) {
            return new RoundTripResult(target.description(), List.of(), catalog.blockingProblems(),
                    millisSince(startNanos));
        }
        List<Migration> migrations = catalog.versioned().stream()
                .filter(m -> !options.beyond(m.version())).toList();
        List<PairResult> results = new ArrayList<>();
        String blocked = null;
        Pass pass = null;
        try {
            pass = new Pass(target, config, parser);
            for (int k = 0; k < migrations.size(); k++) {
                Migration m = migrations.get(k);
                PairResult r;
                if (blocked != null) {
                    r = new PairResult(m.label(), PairResult.Status.NOT_CHECKED, blocked, List.of(), List.of(), 0);
                } else {
                    Outcome o = pass.roundTrip(m, options.includes(m.version()));
                    r = o.result();
                    if (o.upFailed()) {
                        blocked = "the up of " + m.label() + " fails, so the schema this migration expects cannot be "
                                + "built";
                    } else if (o.stateChanged()) {
                        pass.close();
                        pass = null;
                        target.reset();
                        pass = new Pass(target, config, parser);
                        String failure = pass.rebuild(migrations.subList(0, k + 1));
                        if (failure != null) {
                            blocked = "the schema could not be rebuilt after " + m.label() + ": " + failure;
                        }
                    }
                }
                results.add(r);
                progress.accept("[" + (k + 1) + "/" + migrations.size() + "] " + m.label() + ": " + verdict(r)
                        + " (" + r.millis() + " ms)");
            }
        } catch (SQLException e) {
            throw new DatabaseException("round trip on " + target.description() + " lost its session: "
                    + e.getMessage());
        } finally {
            if (pass != null) {
                pass.close();
            }
        }
        return new RoundTripResult(target.description(), List.copyOf(results), List.of(), millisSince(startNanos));
    }

    private static String verdict(PairResult r) {
        return switch (r.status()) {
            case REVERSIBLE -> "reversible";
            case NOT_REVERSIBLE -> "not reversible, " + r.differences().size() + " difference(s)"
                    + (r.detail().isEmpty() ? "" : "; " + r.detail());
            case FAILED -> "failed: " + r.detail();
            case SKIPPED -> "skipped: " + r.detail();
            case NOT_CHECKED -> "not checked: " + r.detail();
        };
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * What a pair's round trip did to the state: {@code upFailed} when its up could not be applied (nothing after it
     * can be checked), {@code stateChanged} when the schema may no longer be the one after its up (a script failed, or
     * the second up did not restore it), so it is rebuilt before the next pair.
     */
    private record Outcome(PairResult result, boolean upFailed, boolean stateChanged) {
    }

    /** One pass over the migrations on one session, with a second session to watch locks. */
    private static final class Pass implements AutoCloseable {
        private final Connection c;
        private final Connection watcher;
        private final SchemaSnapshot.Scope scope;
        private final ScriptPreparer preparer;
        private final StatementRunner runner = new StatementRunner(null);
        private final int pid;

        Pass(RoundTripTarget target, MigrationGuardConfig config, ScriptParser parser) throws SQLException {
            this.c = target.connect();
            Connection w = null;
            try {
                w = target.connect();
                this.scope = target.scope();
                this.preparer = new ScriptPreparer(config, parser, c.getMetaData().getDatabaseMajorVersion());
                this.pid = LockObserver.pid(c);
            } catch (SQLException | RuntimeException e) {
                closeQuietly(c);
                closeQuietly(w);
                throw e;
            }
            this.watcher = w;
        }

        /** Applies the ups of {@code migrations} in order; null when all ran, else the failure. */
        String rebuild(List<Migration> migrations) throws SQLException {
            for (Migration m : migrations) {
                PreparedScript up = preparer.prepare(m, m.up());
                if (!up.ok()) {
                    return "up of " + m.label() + ": " + String.join("; ", up.problems());
                }
                StatementFailure f = runner.apply(c, up);
                if (f != null) {
                    return "up of " + m.label() + " " + describe(f);
                }
            }
            return null;
        }

        @Override
        public void close() {
            closeQuietly(c);
            closeQuietly(watcher);
        }

        private static void closeQuietly(Connection connection) {
            if (connection == null) {
                return;
            }
            try {
                connection.close();
            } catch (SQLException e) {
                // the session is dropped with the database anyway
            }
        }

        Outcome roundTrip(Migration m, boolean inRange) throws SQLException {
            long start = System.nanoTime();
            PreparedScript up = preparer.prepare(m, m.up());
            if (!up.ok()) {
                return new Outcome(failed(m, "up: " + String.join("; ", up.problems()), List.of(), start), true,
                        false);
            }
            if (!inRange) {
                StatementFailure f = runner.apply(c, up);
                return f != null ? new Outcome(failed(m, "up " + describe(f), List.of(), start), true, false)
                        : new Outcome(result(m, PairResult.Status.SKIPPED, "applied only, outside db.from/db.to",
                        List.of(), List.of(), start), false, false);
            }
            PreparedScript down = m.down() == null ? null : preparer.prepare(m, m.down());
            SchemaSnapshot before = SchemaSnapshot.take(c, scope);
            List<StatementLocks> locks = new ArrayList<>();
            StatementFailure f = applyTraced(up, locks);
            if (f != null) {
                return new Outcome(failed(m, "up " + describe(f), locks, start), true, false);
            }
            if (down != null && !down.ok()) {
                return new Outcome(failed(m, "down: " + String.join("; ", down.problems()), locks, start), false,
                        false);
            }
            String skip = down == null ? "no down script"
                    : down.sql().irreversibleReason().isPresent() ? "down marked irreversible"
                    + (down.sql().irreversibleReason().get().isBlank() ? ""
                    : ": " + down.sql().irreversibleReason().get())
                    : down.sql().isEmpty() ? "the down is empty (a deliberate no-op)" : null;
            if (skip != null) {
                return new Outcome(result(m, PairResult.Status.SKIPPED, skip, List.of(), locks, start), false, false);
            }
            SchemaSnapshot afterUp = SchemaSnapshot.take(c, scope);
            f = runner.apply(c, down);
            if (f != null) {
                return new Outcome(failed(m, "down " + describe(f), locks, start), false, true);
            }
            List<Difference> differences = new ArrayList<>(before.differencesTo(SchemaSnapshot.take(c, scope),
                    "after down"));
            f = runner.apply(c, up);
            if (f != null) {
                // what the down left behind usually makes the up fail again (an index that already exists): the
                // differences are the finding, the failure its consequence
                return new Outcome(result(m, differences.isEmpty() ? PairResult.Status.FAILED
                        : PairResult.Status.NOT_REVERSIBLE, "up again " + describe(f), differences, locks, start),
                        false, true);
            }
            List<Difference> again = afterUp.differencesTo(SchemaSnapshot.take(c, scope), "after up again");
            differences.addAll(again);
            return new Outcome(result(m, differences.isEmpty() ? PairResult.Status.REVERSIBLE
                    : PairResult.Status.NOT_REVERSIBLE, "", differences, locks, start), false, !again.isEmpty());
        }

        /** Runs a script statement by statement, recording the locks of each. */
        private StatementFailure applyTraced(PreparedScript script, List<StatementLocks> out) throws SQLException {
            String path = script.path();
            for (Statement s : script.sql().statements()) {
                StatementFailure f;
                java.util.Map<Long, String> existing = LockObserver.relations(c);
                if (script.autocommit()) {
                    c.setAutoCommit(true);
                    LockObserver.Watch watch = new LockObserver.Watch(watcher, pid, existing);
                    f = runner.run(c, path, s);
                    out.add(StatementLocks.of(path, s, watch.stop(), true));
                } else {
                    c.setAutoCommit(false);
                    try {
                        f = runner.run(c, path, s);
                        if (f == null) {
                            out.add(StatementLocks.of(path, s, LockObserver.own(c, existing), false));
                            c.commit();
                        } else {
                            c.rollback();
                        }
                    } finally {
                        c.setAutoCommit(true);
                    }
                }
                if (f != null) {
                    return f;
                }
            }
            return null;
        }

        private static String describe(StatementFailure f) {
            return "failed at " + f.message();
        }

        private static PairResult failed(Migration m, String detail, List<StatementLocks> locks, long start) {
            return result(m, PairResult.Status.FAILED, detail, List.of(), locks, start);
        }

        private static PairResult result(Migration m, PairResult.Status status, String detail,
                                         List<Difference> differences, List<StatementLocks> locks, long start) {
            return new PairResult(m.label(), status, detail, List.copyOf(differences), List.copyOf(locks),
                    millisSince(start));
        }
    }
}
