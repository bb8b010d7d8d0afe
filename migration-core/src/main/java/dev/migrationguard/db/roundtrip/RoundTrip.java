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
 * Proves each up/down pair reversible on a throw-away schema: for each migration in order, snapshot, up, snapshot,
 * down, snapshot and compare with the one before up, up again and compare with the one after up. Scripts are read,
 * split and run by the runner's own preparer and statement runner.
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
     * Round-trips {@code catalog}'s versioned migrations on {@code target}.
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
        try (Connection c = target.connect(); Connection watcher = target.connect()) {
            Pass pass = new Pass(c, watcher, target.schema(),
                    new ScriptPreparer(config, parser, c.getMetaData().getDatabaseMajorVersion()));
            int n = 0;
            for (Migration m : migrations) {
                n++;
                PairResult r = pass.roundTrip(m, options.includes(m.version()));
                results.add(r);
                progress.accept("[" + n + "/" + migrations.size() + "] " + m.label() + ": " + verdict(r)
                        + " (" + r.millis() + " ms)");
                if (r.stopsTheRun()) {
                    break;
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("round trip on " + target.description() + " lost its session: "
                    + e.getMessage());
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
        };
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** One pass over the migrations on one session, with a second session to watch locks. */
    private static final class Pass {
        private final Connection c;
        private final Connection watcher;
        private final String schema;
        private final ScriptPreparer preparer;
        private final StatementRunner runner = new StatementRunner(null);
        private final int pid;

        Pass(Connection c, Connection watcher, String schema, ScriptPreparer preparer) throws SQLException {
            this.c = c;
            this.watcher = watcher;
            this.schema = schema;
            this.preparer = preparer;
            this.pid = LockObserver.pid(c);
        }

        PairResult roundTrip(Migration m, boolean inRange) throws SQLException {
            long start = System.nanoTime();
            PreparedScript up = preparer.prepare(m, m.up());
            if (!up.ok()) {
                return failed(m, String.join("; ", up.problems()), List.of(), start);
            }
            if (!inRange) {
                StatementFailure f = apply(up);
                return f != null ? failed(m, describe(f), List.of(), start)
                        : result(m, PairResult.Status.SKIPPED, "applied only, outside db.from/db.to", List.of(),
                        List.of(), start);
            }
            PreparedScript down = m.down() == null ? null : preparer.prepare(m, m.down());
            if (down != null && !down.ok()) {
                return failed(m, String.join("; ", down.problems()), List.of(), start);
            }
            SchemaSnapshot before = SchemaSnapshot.take(c, schema);
            List<StatementLocks> locks = new ArrayList<>();
            StatementFailure f = applyTraced(up, locks);
            if (f != null) {
                return failed(m, "up " + describe(f), locks, start);
            }
            if (down == null || down.sql().irreversibleReason().isPresent()) {
                String why = down == null ? "no down script"
                        : "down marked irreversible" + (down.sql().irreversibleReason().get().isBlank() ? ""
                        : ": " + down.sql().irreversibleReason().get());
                return result(m, PairResult.Status.SKIPPED, why, List.of(), locks, start);
            }
            SchemaSnapshot afterUp = SchemaSnapshot.take(c, schema);
            f = apply(down);
            if (f != null) {
                return failed(m, "down " + describe(f), locks, start);
            }
            List<String> differences = new ArrayList<>(before.differencesTo(SchemaSnapshot.take(c, schema),
                    "after down"));
            f = apply(up);
            if (f != null) {
                // what the down left behind usually makes the up fail again (an index that already exists): the
                // differences are the finding, the failure its consequence
                return result(m, differences.isEmpty() ? PairResult.Status.FAILED : PairResult.Status.NOT_REVERSIBLE,
                        "up again " + describe(f), differences, locks, start);
            }
            differences.addAll(afterUp.differencesTo(SchemaSnapshot.take(c, schema), "after up again"));
            return result(m, differences.isEmpty() ? PairResult.Status.REVERSIBLE : PairResult.Status.NOT_REVERSIBLE,
                    "", differences, locks, start);
        }

        /** Runs a script as the runner does: one transaction, or statement by statement in autocommit. */
        private StatementFailure apply(PreparedScript script) throws SQLException {
            if (script.autocommit()) {
                c.setAutoCommit(true);
                return runner.run(c, script.sql());
            }
            c.setAutoCommit(false);
            try {
                StatementFailure f = runner.run(c, script.sql());
                if (f != null) {
                    c.rollback();
                } else {
                    c.commit();
                }
                return f;
            } finally {
                c.setAutoCommit(true);
            }
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
                                         List<String> differences, List<StatementLocks> locks, long start) {
            return new PairResult(m.label(), status, detail, List.copyOf(differences), List.copyOf(locks),
                    millisSince(start));
        }
    }
}
