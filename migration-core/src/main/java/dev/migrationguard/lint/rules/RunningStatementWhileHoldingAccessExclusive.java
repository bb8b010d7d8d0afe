package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.TransactionModel;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.ConstraintType;
import dev.migrationguard.sql.LockLevel;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementFlag;
import dev.migrationguard.sql.TableLock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Slow statements (ones that read or write many rows: UPDATE, DELETE, INSERT ... SELECT, a blocking index build, a
 * validation, a rewrite, a refresh) that run after a statement of the same transaction took an ACCESS EXCLUSIVE lock
 * on an existing table: the lock is held until commit, so the table is unreadable for as long as they run.
 *
 * <p>One finding per lock hold: the first ACCESS EXCLUSIVE lock of a transaction on an existing table, held until the
 * transaction ends. It stands at the first slow statement after the lock and counts the others (locks taken later in
 * the same transaction end at the same commit, so they are part of the same hold). A slow statement whose own rule of
 * the family already says to run it outside the migration's transaction (a blocking CREATE INDEX or REINDEX, VACUUM
 * FULL or CLUSTER, UPDATE without WHERE) is left to that rule while it is in force.
 */
@RuleInfo(id = "running-statement-while-holding-access-exclusive", severity = Severity.WARNING, risk = Risk.MEDIUM,
        family = Families.LONG_STATEMENT,
        summary = "A slow statement after an ACCESS EXCLUSIVE lock in the same transaction keeps the table blocked")
public final class RunningStatementWhileHoldingAccessExclusive implements Rule {

    /** The first ACCESS EXCLUSIVE lock of a transaction, and the slow statements run while it is held. */
    private record Hold(Statement locker, TableLock lock, List<Statement> slow) {
    }

    @Override
    public void checkScript(ScriptContext ctx) {
        List<Statement> statements = ctx.script().statements();
        int pg = ctx.config().pgVersion();
        if (statements.stream().noneMatch(s -> slow(s, pg))) {
            return;
        }
        TransactionModel tx = ctx.transactions();
        Map<Integer, Hold> holds = new LinkedHashMap<>();
        for (Statement s : statements) {
            int transaction = tx.transactionOf(s);
            if (transaction < 0) {
                continue;
            }
            Hold hold = holds.get(transaction);
            if (hold != null) {
                if (slow(s, pg) && !onNewTable(s, ctx) && !leftToItsOwnRule(s, ctx)) {
                    hold.slow().add(s);
                }
            } else {
                TableLock lock = accessExclusive(s, ctx);
                if (lock != null) {
                    holds.put(transaction, new Hold(s, lock, new ArrayList<>()));
                }
            }
        }
        for (Hold hold : holds.values()) {
            if (!hold.slow().isEmpty()) {
                report(hold, ctx);
            }
        }
    }

    private static void report(Hold hold, ScriptContext ctx) {
        Statement first = hold.slow().get(0);
        ObjectRef target = first.table().orElse(null);
        ObjectRef held = hold.lock().on();
        String what = first.kind().name().replace('_', ' ') + (target == null ? "" : " on " + Names.quoted(target));
        int more = hold.slow().size() - 1;
        String others = "";
        if (more > 0) {
            int from = hold.slow().get(1).line();
            int to = hold.slow().get(more).line();
            others = ", and " + more + " more statement" + (more == 1 ? "" : "s")
                    + (from == to ? ", line " + from : ", lines " + from + "\u2013" + to)
                    + (more == 1 ? ", runs" : ", run") + " while it is held";
        }
        ctx.report(first, what + " may run long while the transaction holds the ACCESS EXCLUSIVE lock on "
                        + Names.quoted(held) + " taken at line " + hold.locker().line()
                        + ", blocking reads and writes of " + Names.plain(held) + " until commit" + others,
                more == 0 ? "move the slow statement into a migration of its own, before or after the locking one"
                        : "move the slow statements into migrations of their own, before or after the locking one");
    }

    /** True when the slow statement works on a table created earlier in the script (nobody else sees it yet). */
    private static boolean onNewTable(Statement s, ScriptContext ctx) {
        ObjectRef target = s.table().orElse(null);
        return target != null && ctx.createdEarlierInScript(target, s.index());
    }

    /**
     * True when another rule of the family reports {@code s} with help that takes it out of the migration's
     * transaction (which also ends its part in the lock hold), and that rule is in force.
     */
    private static boolean leftToItsOwnRule(Statement s, ScriptContext ctx) {
        return ctx.inForce(RequireConcurrentIndexCreation.ID) && RequireConcurrentIndexCreation.reports(s, ctx)
                || ctx.inForce(RequireConcurrentReindex.ID) && RequireConcurrentReindex.reports(s, ctx)
                || (ctx.inForce(BanVacuumFull.ID) || ctx.inForce(PreferRepack.ID) && PreferRepack.reports(s, ctx))
                        && BanVacuumFull.reports(s, ctx)
                || ctx.inForce(BanUpdateWithoutWhere.ID) && BanUpdateWithoutWhere.reports(s, ctx);
    }

    private static TableLock accessExclusive(Statement s, ScriptContext ctx) {
        for (TableLock l : s.classification().locks()) {
            if (l != null && l.level() == LockLevel.ACCESS_EXCLUSIVE && l.on() != null && l.on().name() != null
                    && !ctx.createdEarlierInScript(l.on(), s.index())) {
                return l;
            }
        }
        return null;
    }

    /** True for statements that may read or write many rows of an existing table. */
    static boolean slow(Statement s, int pgVersion) {
        return switch (s.kind()) {
            case UPDATE, DELETE, MERGE, CLUSTER, REFRESH_MATERIALIZED_VIEW, CREATE_TABLE_AS -> true;
            case INSERT -> s.has(StatementFlag.READS_OTHER_TABLES);
            case CREATE_INDEX, REINDEX -> !s.has(StatementFlag.CONCURRENTLY);
            case VACUUM -> s.has(StatementFlag.FULL);
            case ALTER_TABLE -> s.actions().stream().anyMatch(a -> scans(a, pgVersion));
            default -> false;
        };
    }

    private static boolean scans(AlterAction a, int pgVersion) {
        return switch (a.kind()) {
            case ALTER_COLUMN_TYPE, SET_NOT_NULL, VALIDATE_CONSTRAINT, SET_TABLESPACE, SET_LOGGED, SET_UNLOGGED,
                 SET_ACCESS_METHOD -> true;
            case ADD_CONSTRAINT -> a.constraint() != null && !a.constraint().notValid()
                    && a.constraint().usingIndex() == null && a.constraint().type() != ConstraintType.NOT_NULL;
            case ADD_COLUMN -> a.columnDef() != null && AddingFieldWithDefault.rewriteReason(a.columnDef(), pgVersion) != null;
            default -> false;
        };
    }
}
