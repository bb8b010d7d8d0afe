package dev.migrationguard.db;

import dev.migrationguard.config.EmptyDown;
import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.naming.MigrationVersion;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.ScriptParser;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code db:rollback}: runs the down scripts of the newest applied versions ({@code db.steps}, or down to
 * {@code db.target}), newest first, each removing its history row in the same transaction. Every down is checked before
 * any runs: missing or irreversible downs refuse the whole rollback, and so does a down that drops a table or column
 * holding rows on a server that is not local, unless {@code db.allowDataLoss=true}. A deliberate no-op down (one
 * holding only {@code -- migration-guard:no-op <reason>}, or any empty down unless {@code emptyDown: error}) runs
 * nothing: its version is recorded as undone.
 */
final class Rollback {

    private final MigrationGuardConfig config;
    private final Session session;
    private final RunListener listener;
    private final ScriptParser parser;

    Rollback(MigrationGuardConfig config, Session session, RunListener listener, ScriptParser parser) {
        this.config = config;
        this.session = session;
        this.listener = listener;
        this.parser = parser;
    }

    RunResult rollback(MigrationCatalog catalog, RunOptions options, Runnable beforeChanges) throws SQLException {
        return rollback(catalog, options, beforeChanges, false);
    }

    /**
     * @param redo true for {@code db:redo}, which applies the up again right after: a no-op down then refuses, since
     *             the up would run again on a schema that still holds what it built
     */
    RunResult rollback(MigrationCatalog catalog, RunOptions options, Runnable beforeChanges, boolean redo)
            throws SQLException {
        Connection c = session.connection();
        HistoryComparison comparison = HistoryComparison.of(catalog, session.history().read(c));
        List<StatusEntry> applied = new ArrayList<>(comparison.entries().stream()
                .filter(e -> e.row() != null && e.row().success() && !e.version().isEmpty()
                        && e.state() != MigrationState.BASELINE)
                .toList());
        applied.sort(Comparator.comparing((StatusEntry e) -> MigrationVersion.parse(e.version())).reversed());
        List<StatusEntry> chosen = new ArrayList<>();
        for (StatusEntry e : applied) {
            if (options.target() != null) {
                if (MigrationVersion.parse(e.version()).compareTo(options.target()) > 0) {
                    chosen.add(e);
                }
            } else if (chosen.size() < Math.max(1, options.steps())) {
                chosen.add(e);
            }
        }
        if (chosen.isEmpty()) {
            String summary = "nothing to roll back" + (options.target() == null ? "" : " above version "
                    + options.target());
            listener.line(summary);
            return new RunResult(true, summary, List.of(), List.of(), "");
        }
        List<String> problems = new ArrayList<>();
        List<PreparedScript> downs = new ArrayList<>();
        ScriptPreparer preparer = new ScriptPreparer(config, parser, session.serverMajor());
        for (StatusEntry e : chosen) {
            Migration m = e.migration();
            if (m == null) {
                problems.add(e.script() + ": migration " + e.version() + " is applied but its file is gone, so it has "
                        + "no down script; restore the file");
                continue;
            }
            if (m.down() == null) {
                problems.add(m.up().displayPath() + ": migration " + e.version() + " has no down script; add one "
                        + "(or roll back by hand and delete its history row)");
                continue;
            }
            PreparedScript ps = preparer.prepare(m, m.down());
            problems.addAll(ps.problems());
            if (ps.sql() != null && ps.sql().irreversibleReason().isPresent()) {
                String reason = ps.sql().irreversibleReason().get();
                problems.add(ps.path() + ": migration " + e.version() + " is marked irreversible"
                        + (reason.isBlank() ? "" : " (" + reason + ")") + "; it cannot be rolled back");
                continue;
            }
            if (ps.sql() != null && ps.sql().isEmpty() && !isNoOp(ps)) {
                problems.add(ps.path() + ": the down script of migration " + e.version() + " is empty and this project "
                        + "sets emptyDown: error; write the statements that undo it, or mark it "
                        + "-- migration-guard:no-op <reason> (rolled back by recording it as undone) or "
                        + "-- migration-guard:irreversible <reason>");
                continue;
            }
            if (redo && isNoOp(ps)) {
                problems.add(ps.path() + ": the down of migration " + e.version() + " is a no-op, so db:redo would "
                        + "apply the up again on a schema that still holds what it built; use db:rollback, or write "
                        + "the statements that undo it");
                continue;
            }
            if (ps.ok() && !config.allowDataLoss() && !session.settings().isLocal()) {
                problems.addAll(dataLoss(ps));
            }
            downs.add(ps);
        }
        if (!problems.isEmpty()) {
            return RunResult.refused("nothing was rolled back", problems);
        }
        ScriptApplier applier = new ScriptApplier(config, session);
        if (options.dryRun()) {
            StringBuilder sql = new StringBuilder();
            for (int i = 0; i < downs.size(); i++) {
                PreparedScript ps = downs.get(i);
                AppliedMigration row = chosen.get(i).row();
                if (isNoOp(ps)) {
                    sql.append("-- ").append(ps.path()).append(": no-op down, nothing to run\n")
                            .append(session.history().deleteLiteral(row.installedRank(), row.version()))
                            .append("\n\n");
                } else {
                    sql.append(applier.dryRun(ps, delete(ps, row)));
                }
            }
            return new RunResult(true, "dry run: " + downs.size() + " migration(s) would be rolled back", List.of(),
                    List.of(), sql.toString());
        }
        beforeChanges.run();
        List<StepResult> steps = new ArrayList<>();
        for (int i = 0; i < downs.size(); i++) {
            PreparedScript ps = downs.get(i);
            AppliedMigration row = chosen.get(i).row();
            Migration m = ps.migration();
            if (isNoOp(ps)) {
                session.history().delete(c, row.installedRank());
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                String reason = ps.sql().noOpReason().filter(r -> !r.isBlank()).orElse(null);
                steps.add(new StepResult(m.version().toString(), m.description(), ps.path(), "rolled back (no-op)", 0,
                        true));
                listener.line(String.format("rolled back %-10s %s (no-op down%s: nothing run, recorded as undone)",
                        m.version(), m.description(), reason == null ? "" : ": " + reason));
                continue;
            }
            ScriptApplier.Outcome outcome = applier.apply(ps, delete(ps, row), false);
            if (outcome.failure() != null) {
                steps.add(new StepResult(m.version().toString(), m.description(), ps.path(), "failed",
                        outcome.millis(), false));
                listener.line(String.format("FAILED      %-10s %s (%d ms)", m.version(), ps.path(), outcome.millis()));
                return new RunResult(false, "rolling back " + m.label() + " failed", List.of(
                        outcome.failure().message() + (ps.autocommit()
                                ? "; it ran in autocommit: statements before it stay undone, the history row stays"
                                : "; its transaction was rolled back, the migration stays applied")),
                        List.copyOf(steps), "");
            }
            steps.add(new StepResult(m.version().toString(), m.description(), ps.path(), "rolled back",
                    outcome.millis(), true));
            listener.line(String.format("rolled back %-10s %s (%d ms)", m.version(), m.description(),
                    outcome.millis()));
        }
        String summary = "rolled back " + steps.size() + " migration(s)";
        listener.line(summary);
        return new RunResult(true, summary, List.of(), List.copyOf(steps), "");
    }

    /**
     * True for a down with no statement that is a deliberate no-op: it holds the {@code no-op} marker, or the project
     * keeps the default {@code emptyDown: noop}. An irreversible marker is checked before and always refuses.
     */
    private boolean isNoOp(PreparedScript ps) {
        return ps.sql() != null && ps.sql().isEmpty() && ps.sql().irreversibleReason().isEmpty()
                && (ps.sql().noOpReason().isPresent() || config.emptyDown() == EmptyDown.NOOP);
    }

    private HistoryWrite delete(PreparedScript ps, AppliedMigration row) {
        HistoryTable history = session.history();
        return new HistoryWrite() {
            @Override
            public void write(Connection connection, int ms, boolean success) throws SQLException {
                if (success) {
                    history.delete(connection, row.installedRank());
                }
            }

            @Override
            public String sql() {
                return history.deleteLiteral(row.installedRank(), row.version());
            }
        };
    }

    /** Tables dropped (or losing a column) by the down that hold rows. */
    private List<String> dataLoss(PreparedScript ps) throws SQLException {
        Set<ObjectRef> tables = new LinkedHashSet<>();
        for (Statement s : ps.sql().statements()) {
            if (s.kind() == StatementKind.DROP_TABLE) {
                for (ObjectRef o : s.objects()) {
                    if (o.type() == ObjectType.TABLE) {
                        tables.add(o);
                    }
                }
            } else if (s.kind() == StatementKind.ALTER_TABLE && s.table().isPresent()) {
                for (AlterAction a : s.actions()) {
                    if (a.kind() == AlterActionKind.DROP_COLUMN) {
                        tables.add(s.table().get());
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (ObjectRef table : tables) {
            String sqlName = (table.schema() == null ? "" : HistoryTable.quote(table.schema()) + ".")
                    + HistoryTable.quote(table.name());
            if (holdsRows(sqlName)) {
                problems.add(ps.path() + ": the down drops data of " + table + ", which holds rows, on "
                        + session.settings().describe() + " (not localhost); back it up and set "
                        + "db.allowDataLoss=true to roll back anyway");
            }
        }
        return problems;
    }

    private boolean holdsRows(String table) throws SQLException {
        try (PreparedStatement ps = session.connection().prepareStatement(
                "SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return false;
                }
            }
        }
        try (java.sql.Statement st = session.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
