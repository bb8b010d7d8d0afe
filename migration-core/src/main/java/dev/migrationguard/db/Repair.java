package dev.migrationguard.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code db:repair}: after review, removes the rows of failed and unfinished (dirty) migrations and realigns the checksums (and descriptions)
 * of applied migrations with their files. Runs in one transaction.
 */
final class Repair {

    private final Session session;
    private final RunListener listener;

    Repair(Session session, RunListener listener) {
        this.session = session;
        this.listener = listener;
    }

    RunResult repair(MigrationCatalog catalog) throws SQLException {
        Connection c = session.connection();
        HistoryTable history = session.history();
        HistoryComparison comparison = HistoryComparison.of(catalog, history.read(c));
        List<String> done = new ArrayList<>();
        c.setAutoCommit(false);
        try {
            for (StatusEntry e : comparison.entries()) {
                if ((e.state() == MigrationState.FAILED || e.state() == MigrationState.DIRTY) && e.row() != null) {
                    history.delete(c, e.row().installedRank());
                    done.add("removed the " + (e.state() == MigrationState.DIRTY ? "unfinished" : "failed")
                            + " row of " + e.version() + " " + e.description() + " (" + e.script()
                            + ")");
                } else if (e.state() == MigrationState.CHANGED) {
                    Integer checksum = ScriptPreparer.checksum(e.migration().up());
                    history.realign(c, e.row().installedRank(), checksum, e.migration().description(), e.script());
                    done.add("realigned the checksum of " + e.version() + " " + e.description() + " ("
                            + e.row().checksum() + " -> " + checksum + ")");
                }
            }
            c.commit();
        } catch (SQLException ex) {
            c.rollback();
            throw ex;
        } finally {
            c.setAutoCommit(true);
        }
        done.forEach(listener::line);
        String summary = done.isEmpty() ? "nothing to repair" : "repaired " + done.size() + " history row(s)";
        listener.line(summary);
        return new RunResult(true, summary, List.of(), List.of(), "");
    }
}
