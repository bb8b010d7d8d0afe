package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;

/**
 * DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table. CONCURRENTLY exists
 * from PostgreSQL 14; before that the help says to detach with a short lock_timeout. {@code DETACH ... FINALIZE}
 * (which completes an interrupted concurrent detach, and cannot be combined with CONCURRENTLY) is not reported.
 */
@RuleInfo(id = "require-concurrent-partition-detach", severity = Severity.WARNING, risk = Risk.MEDIUM,
        summary = "DETACH PARTITION without CONCURRENTLY blocks reads and writes of the partitioned table")
public final class RequireConcurrentPartitionDetach extends AlterTableRule {

    @Override
    protected void check(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        // FINALIZE completes an interrupted DETACH ... CONCURRENTLY under a SHARE UPDATE EXCLUSIVE lock, and
        // PostgreSQL refuses CONCURRENTLY with it: nothing to ask for
        if (a.kind() != AlterActionKind.DETACH_PARTITION || a.concurrently() || a.finalizeDetach()) {
            return;
        }
        ctx.report(s, a, "Detaching partition " + Names.quoted(a.name()) + " from " + Names.quoted(table)
                        + " without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on " + Names.plain(table)
                        + ", blocking reads and writes of every partition",
                ctx.config().pgVersion() >= 14
                        ? "use DETACH PARTITION ... CONCURRENTLY, in a migration of its own that runs outside a "
                                + "transaction"
                        : "set a short lock_timeout before the detach (CONCURRENTLY needs PostgreSQL 14)");
    }
}
