package dev.migrationguard.lint.risk;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.sql.LockLevel;
import dev.migrationguard.sql.TableLock;
import java.util.List;

/**
 * The risk of a script: its highest statement's risk, and each statement's.
 *
 * @param risk       the highest risk of its statements (low for a script without statements)
 * @param statements the risk of each statement, in order
 */
public record ScriptRisk(Risk risk, List<StatementRisk> statements) {

    /** An empty script: low risk. */
    public static final ScriptRisk NONE = new ScriptRisk(Risk.LOW, List.of());

    /** The first statement with the script's risk, or null when there are no statements. */
    public StatementRisk decisive() {
        for (StatementRisk s : statements) {
            if (s.risk() == risk) {
                return s;
            }
        }
        return null;
    }

    /**
     * The lock to show for the script: the strongest lock of its riskiest statements, or null when they take none.
     */
    public TableLock lock() {
        TableLock best = null;
        for (StatementRisk s : statements) {
            if (s.risk() == risk && s.lock() != null
                    && (best == null || s.lock().level().compareTo(best.level()) > 0)) {
                best = s.lock();
            }
        }
        return best;
    }

    /** {@code risk high (ACCESS EXCLUSIVE on users)} or {@code risk low (no table lock)}. */
    public String describe() {
        TableLock lock = lock();
        return "risk " + risk.label() + " (" + (lock == null ? LockLevel.NONE.sqlName() : lock.toString()) + ")";
    }
}
