package dev.migrationguard.lint.risk;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.sql.TableLock;
import java.util.List;

/**
 * The risk of a script: its riskiest statement's risk, and each statement's.
 *
 * @param risk       the highest risk of its statements (low for a script without statements)
 * @param statements the risk of each statement, in order
 */
public record ScriptRisk(Risk risk, List<StatementRisk> statements) {

    /** An empty script: low risk. */
    public static final ScriptRisk NONE = new ScriptRisk(Risk.LOW, List.of());

    /**
     * The statement that gives the script its risk: of those with the highest risk, the one with the strongest lock,
     * the first of equals; null when there are no statements.
     */
    public StatementRisk decisive() {
        StatementRisk best = null;
        for (StatementRisk s : statements) {
            if (best == null || s.risk().compareTo(best.risk()) > 0
                    || (s.risk() == best.risk() && level(s) > level(best))) {
                best = s;
            }
        }
        return best;
    }

    private static int level(StatementRisk s) {
        return s.lock() == null ? -1 : s.lock().level().ordinal();
    }

    /** The lock of the {@linkplain #decisive() deciding statement}, or null when it takes none. */
    public TableLock lock() {
        StatementRisk d = decisive();
        return d == null ? null : d.lock();
    }

    /**
     * {@code risk high: line 12, ACCESS EXCLUSIVE on users (drops column email)}: the risk, then the deciding
     * statement's line, lock and reason; {@code risk low: no statements} for an empty script.
     */
    public String describe() {
        StatementRisk d = decisive();
        return "risk " + risk.label() + ": " + (d == null ? "no statements" : d.describe());
    }
}
