package dev.migrationguard.report;

import dev.migrationguard.db.roundtrip.PairResult;
import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintedScript;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.risk.StatementRisk;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.sql.TableLock;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a report: a migration (its up file, and its down when it has one), or a file that is not a migration
 * but has findings or was deleted.
 *
 * @param path         the up script's file, or the file itself
 * @param downPath     the down script's file; null when there is none (the same as {@code path} for a file with
 *                     both sections)
 * @param migration    the migration; null for a file that is not one (a deleted file, an orphan down)
 * @param change       how it differs from the base; null when it does not, or when no base was compared
 * @param up           the up script as the lint read it; null when it was not read
 * @param down         the down script as the lint read it; null when there is none or it was not read
 * @param findings     the findings on its files, in output order
 * @param reversible   whether it can be rolled back
 * @param editedOnBase true when it was also edited on the base
 * @param roundTrip    its round-trip result; null when the round trip did not run or did not reach it
 */
public record MigrationEntry(String path, String downPath, Migration migration, ChangeKind change, LintedScript up,
                             LintedScript down, List<Finding> findings, Reversibility reversible, boolean editedOnBase,
                             PairResult roundTrip) {

    public MigrationEntry {
        findings = List.copyOf(findings);
    }

    /** The risk of its up script: low when it has no statements or was not read. */
    public Risk risk() {
        return up == null ? Risk.LOW : up.risk().risk();
    }

    /**
     * The statement of its up script that decides the risk
     * ({@link dev.migrationguard.lint.risk.ScriptRisk#decisive()}); null when it has no statements or was not read.
     */
    public StatementRisk riskStatement() {
        return up == null ? null : up.risk().decisive();
    }

    /**
     * The lock of the statement that decides the risk, with its object (a lock on an index moved to the index's table
     * when the schema model knows it); null when that statement takes none.
     */
    public TableLock lock() {
        StatementRisk s = riskStatement();
        return s == null ? null : s.lock();
    }

    /** {@code 3 add email}, or the path for a file that is not a migration. */
    public String label() {
        return migration == null ? path : migration.label();
    }

    /**
     * For a migration that is one of several in its file (a changeset of a changelog): its name there,
     * {@code alice:add-email}; null otherwise.
     */
    public String unit() {
        return migration == null ? null : migration.up().unit();
    }

    /** The file name of {@link #path()}. */
    public String fileName() {
        int i = path.lastIndexOf('/');
        return i < 0 ? path : path.substring(i + 1);
    }

    /** Its scripts as read: up first, then down. */
    public List<LintedScript> scripts() {
        List<LintedScript> out = new ArrayList<>(2);
        if (up != null) {
            out.add(up);
        }
        if (down != null) {
            out.add(down);
        }
        return out;
    }

    /** How many of its findings have {@code severity}. */
    public int count(Severity severity) {
        int n = 0;
        for (Finding f : findings) {
            if (f.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    /** {@code 1 error, 2 warnings}, leaving out zero counts; {@code none} without findings. */
    public String findingCounts() {
        return ReportModel.counts(count(Severity.ERROR), count(Severity.WARNING), count(Severity.INFO));
    }
}
