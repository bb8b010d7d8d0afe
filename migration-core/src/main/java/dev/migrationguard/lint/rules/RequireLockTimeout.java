package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.TableLock;

/**
 * The first statement of a script that takes a lock blocking writes (SHARE or stronger) on an existing table, with no
 * {@code SET lock_timeout} before it in the script and no lock timeout configured for the runner
 * ({@code db.lockTimeout}). While such a statement waits for its lock, every later query on the table queues behind
 * it. One finding per script: one {@code SET lock_timeout} at the top fixes every statement, so the finding names the
 * tables all of them lock.
 */
@RuleInfo(id = "require-lock-timeout", severity = Severity.WARNING, risk = Risk.MEDIUM,
        summary = "A blocking lock without a lock_timeout can queue all traffic on the table while it waits")
public final class RequireLockTimeout implements Rule {

    @Override
    public void checkScript(ScriptContext ctx) {
        if (SessionTimeouts.configured(ctx.config().lockTimeout())) {
            return;
        }
        SessionTimeouts.Locking locking = SessionTimeouts.locking(ctx, "lock_timeout");
        if (locking.none()) {
            return;
        }
        TableLock lock = locking.first();
        String first = Names.article(lock.level().sqlName()) + " lock on " + SessionTimeouts.target(lock);
        String message;
        if (locking.statements().size() > 1) {
            message = locking.statements().size() + " statements of this script take locks that block writes on "
                    + locking.tableList() + " with no lock_timeout, starting here with " + first
                    + ": while a statement waits for its lock, every later query on that table queues behind it";
        } else if (locking.tables().size() > 1) {
            message = "This statement takes locks that block writes on " + locking.tableList() + " with no "
                    + "lock_timeout: while it waits for them, every later query on those tables queues behind it";
        } else {
            message = "This statement takes " + first + " with no lock_timeout: while it waits for the lock, every "
                    + "later query on " + dev.migrationguard.lint.risk.LockTarget.name(lock) + " queues behind it";
        }
        ctx.report(locking.statements().get(0), message,
                "put SET lock_timeout = '5s' at the top of the migration, or configure db.lockTimeout");
    }
}
