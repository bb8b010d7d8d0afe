package dev.migrationguard.db;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.sql.ScriptParser;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** {@code db:migrate}: validates, then applies the pending migrations in version order, each in its own transaction. */
final class Migrator {

    private final MigrationGuardConfig config;
    private final Session session;
    private final RunListener listener;
    private final ScriptParser parser;

    Migrator(MigrationGuardConfig config, Session session, RunListener listener, ScriptParser parser) {
        this.config = config;
        this.session = session;
        this.listener = listener;
        this.parser = parser;
    }

    RunResult migrate(MigrationCatalog catalog, RunOptions options, Runnable beforeChanges) throws SQLException {
        HistoryTable history = session.history();
        Connection c = session.connection();
        List<AppliedMigration> rows = history.read(c);
        HistoryComparison comparison = HistoryComparison.of(catalog, rows);
        List<String> problems = comparison.validationProblems(config.outOfOrder(),
                comparison.hasDirty() ? history.invalidIndexes(c) : null);
        if (!problems.isEmpty()) {
            return RunResult.refused("validation failed: nothing was applied", problems);
        }
        List<Migration> pending = new ArrayList<>();
        for (StatusEntry e : comparison.entries()) {
            boolean waiting = e.state() == MigrationState.PENDING || e.state() == MigrationState.OUT_OF_ORDER;
            if (!waiting || e.migration() == null) {
                continue;
            }
            Migration m = e.migration();
            if (m.version() == null ? options.target() != null : options.target() != null
                    && m.version().compareTo(options.target()) > 0) {
                continue;
            }
            pending.add(m);
        }
        ScriptPreparer preparer = new ScriptPreparer(config, parser, session.serverMajor());
        List<PreparedScript> scripts = pending.parallelStream().map(m -> preparer.prepare(m, m.up())).toList();
        for (PreparedScript ps : scripts) {
            problems.addAll(ps.problems());
        }
        if (!problems.isEmpty()) {
            return RunResult.refused("nothing was applied: " + problems.size() + " problem(s) in pending migrations",
                    problems);
        }
        ScriptApplier applier = new ScriptApplier(config, session);
        if (options.dryRun()) {
            StringBuilder sql = new StringBuilder();
            if (!history.exists(c)) {
                sql.append(history.createSql()).append(";\n\n");
            }
            for (PreparedScript ps : scripts) {
                sql.append(applier.dryRun(ps, insert(ps)));
            }
            return new RunResult(true, "dry run: " + scripts.size() + " migration(s) would be applied",
                    List.of(), List.of(), sql.toString());
        }
        if (scripts.isEmpty()) {
            String summary = "database is up to date" + (comparison.highestApplied() == null ? ""
                    : " at version " + comparison.highestApplied()) + "; no migration applied";
            listener.line(summary);
            return new RunResult(true, summary, List.of(), List.of(), "");
        }
        beforeChanges.run();
        List<StepResult> steps = new ArrayList<>();
        long total = 0;
        for (PreparedScript ps : scripts) {
            Migration m = ps.migration();
            ScriptApplier.Outcome outcome = applier.apply(ps, insert(ps), true);
            total += outcome.millis();
            String version = m.version() == null ? null : m.version().toString();
            if (outcome.failure() != null) {
                steps.add(new StepResult(version, m.description(), ps.path(), "failed", outcome.millis(), false));
                String after = !ps.autocommit() ? "; its transaction was rolled back, nothing of it was applied"
                        : outcome.sessionLost()
                        ? "; it ran in autocommit and the session ended, so the statements before it stay applied and "
                        + "the migration stays recorded as started, never finished (dirty): the next run stops on it "
                        + "until you check what it did, undo or complete it by hand and run db:repair"
                        : "; it ran in autocommit, so the statements before it stay applied and the migration is "
                        + "recorded as failed" + invalidIndexes(c) + ": undo them by hand, then run db:repair";
                if (outcome.sessionLost()) {
                    after += session.unflushedNote();
                }
                listener.line(String.format("FAILED  %-10s %s (%d ms)", label(m), ps.path(), outcome.millis()));
                return new RunResult(false, "migration " + m.label() + " failed after " + (steps.size() - 1)
                        + " applied", List.of(outcome.failure().message() + after), List.copyOf(steps), "");
            }
            steps.add(new StepResult(version, m.description(), ps.path(), "applied", outcome.millis(), true));
            listener.line(String.format("applied %-10s %s%s (%d ms)", label(m), m.description(),
                    ps.autocommit() ? " [autocommit]" : "", outcome.millis()));
        }
        String summary = "applied " + steps.size() + " migration(s) in " + total + " ms; now at version "
                + lastVersion(steps, comparison);
        listener.line(summary);
        return new RunResult(true, summary, List.of(), List.copyOf(steps), "");
    }

    private HistoryWrite insert(PreparedScript ps) {
        Migration m = ps.migration();
        String version = m.version() == null ? null : m.version().toString();
        String type = ps.autocommit() ? HistoryTable.TYPE_SQL_AUTOCOMMIT : HistoryTable.TYPE_SQL;
        HistoryTable history = session.history();
        return new HistoryWrite() {
            /** The rank of the row recorded as started, or 0. */
            private int started;

            @Override
            public void start(Connection connection) throws SQLException {
                started = history.insertStarted(connection, version, m.description(), type, ps.path(),
                        ps.checksum());
            }

            @Override
            public void write(Connection connection, int ms, boolean success) throws SQLException {
                if (started > 0) {
                    history.finish(connection, started, ms, success);
                } else {
                    history.insert(connection, version, m.description(), type, ps.path(), ps.checksum(), ms,
                            success);
                }
            }

            @Override
            public String sql() {
                return history.insertLiteral(version, m.description(), type, ps.path(), ps.checksum());
            }
        };
    }

    /** The INVALID indexes a failed autocommit migration leaves in the schema, with how to drop them; or "". */
    private String invalidIndexes(Connection c) {
        List<HistoryTable.InvalidIndex> invalid;
        try {
            invalid = session.history().invalidIndexes(c);
        } catch (SQLException e) {
            return "";
        }
        if (invalid.isEmpty()) {
            return "";
        }
        List<String> named = new ArrayList<>();
        for (HistoryTable.InvalidIndex x : invalid) {
            named.add(x + " (drop it with " + x.dropSql().substring(0, x.dropSql().length() - 1) + ")");
        }
        return "; the schema now holds " + invalid.size() + " INVALID index(es), left by a failed CREATE INDEX "
                + "CONCURRENTLY and still slowing every write to its table: " + String.join(", ", named);
    }

    private static String label(Migration m) {
        return m.version() == null ? "R" : m.version().toString();
    }

    private static String lastVersion(List<StepResult> steps, HistoryComparison comparison) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).version() != null) {
                return steps.get(i).version();
            }
        }
        return String.valueOf(comparison.highestApplied());
    }
}
