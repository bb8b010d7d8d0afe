package dev.migrationguard.db.roundtrip;

import dev.migrationguard.sql.LockLevel;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.TableLock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The locks one up statement really took, next to the lock the lint predicted for it.
 *
 * @param path      the script
 * @param line      the statement's line
 * @param statement the statement, abbreviated to one line
 * @param observed  the relation locks observed (strongest per relation)
 * @param predicted the lint's predicted locks for the statement
 * @param watched   true when the locks were sampled from a second session while the statement ran (statements that
 *                  run outside a transaction); a short statement may then show fewer locks than it took
 */
public record StatementLocks(String path, int line, String statement, List<ObservedLock> observed,
                             List<TableLock> predicted, boolean watched) {

    static StatementLocks of(String path, Statement s, List<ObservedLock> observed, boolean watched) {
        return new StatementLocks(path, s.line(), s.abbreviated(60), List.copyOf(observed),
                List.copyOf(s.classification().locks()), watched);
    }

    /** The strongest lock observed, if any. */
    public Optional<ObservedLock> strongest() {
        return observed.stream().max(Comparator.comparing(ObservedLock::level));
    }

    /**
     * Where the lint's prediction and the server disagree, one line each: a relation both name, with another lock
     * level.
     */
    public List<String> disagreements() {
        List<String> out = new ArrayList<>();
        for (TableLock p : predicted) {
            if (p.on() == null || p.level() == LockLevel.NONE) {
                continue;
            }
            for (ObservedLock o : observed) {
                if (o.relation().equals(p.on().name()) && o.level() != p.level()) {
                    out.add("lint predicts " + p.level().pgLocksMode() + " on " + p.on().name()
                            + ", PostgreSQL took " + o.mode());
                }
            }
        }
        return out;
    }

    /** {@code ALTER TABLE users ADD COLUMN ...: AccessExclusiveLock on users}. */
    public String describe() {
        return statement + ": " + strongest().map(ObservedLock::toString)
                .orElse(watched ? "no lock seen while it ran" : "no relation lock");
    }
}
