package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.TransactionModel;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.ConstraintType;
import dev.migrationguard.sql.LockLevel;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementFlag;
import dev.migrationguard.sql.TableLock;

/**
 * A slow statement (one that reads or writes many rows: UPDATE, DELETE, INSERT ... SELECT, a blocking index build,
 * a validation, a rewrite, a refresh) that runs after a statement of the same transaction took an ACCESS EXCLUSIVE
 * lock on an existing table: the lock is held until commit, so the table is unreadable for the whole slow statement.
 */
@RuleInfo(id = "running-statement-while-holding-access-exclusive", severity = Severity.WARNING, risk = Risk.MEDIUM,
        summary = "A slow statement after an ACCESS EXCLUSIVE lock in the same transaction keeps the table blocked")
public final class RunningStatementWhileHoldingAccessExclusive implements Rule {

    @Override
    public void checkScript(ScriptContext ctx) {
        TransactionModel tx = null;
        java.util.List<Statement> statements = ctx.script().statements();
        for (Statement s : statements) {
            if (!slow(s, ctx.config().pgVersion())) {
                continue;
            }
            ObjectRef target = s.table().orElse(null);
            if (target != null && ctx.createdEarlierInScript(target, s.index())) {
                continue;
            }
            if (tx == null) {
                tx = ctx.transactions();
            }
            if (!tx.inTransaction(s)) {
                continue;
            }
            Statement locker = heldBefore(s, statements, tx, ctx);
            if (locker != null) {
                TableLock held = accessExclusive(locker, ctx);
                String what = s.kind().name().replace('_', ' ') + (target == null ? "" : " on " + Names.quoted(target));
                ctx.report(s, what + " may run long while the transaction holds the ACCESS EXCLUSIVE lock on "
                                + Names.quoted(held.on()) + " taken at line " + locker.line() + ", blocking reads and "
                                + "writes of " + Names.plain(held.on()) + " until commit",
                        "move the slow statement into a migration of its own, before or after the locking one");
            }
        }
    }

    private static Statement heldBefore(Statement s, java.util.List<Statement> statements, TransactionModel tx,
                                        ScriptContext ctx) {
        for (Statement earlier : statements) {
            if (earlier.index() >= s.index()) {
                break;
            }
            if (tx.sameTransaction(earlier, s) && accessExclusive(earlier, ctx) != null) {
                return earlier;
            }
        }
        return null;
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
