package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.Statement;

/**
 * The first statement of a script that takes a lock blocking writes (SHARE or stronger) on an existing table, with no
 * {@code SET lock_timeout} before it in the script and no lock timeout configured for the runner
 * ({@code db.lockTimeout}). While such a statement waits for its lock, every later query on the table queues behind
 * it.
 */
@RuleInfo(id = "require-lock-timeout", severity = Severity.WARNING, risk = Risk.MEDIUM,
        summary = "A blocking lock without a lock_timeout can queue all traffic on the table while it waits")
public final class RequireLockTimeout implements Rule {

    @Override
    public void checkScript(ScriptContext ctx) {
        if (SessionTimeouts.configured(ctx.config().lockTimeout())) {
            return;
        }
        for (Statement s : ctx.script().statements()) {
            if (SessionTimeouts.sets(s, "lock_timeout")) {
                return;
            }
            var lock = SessionTimeouts.blockingLock(s, ctx);
            if (lock != null) {
                ctx.report(s, "This statement takes " + Names.article(lock.level().sqlName()) + " lock on "
                                + Names.quoted(lock.on()) + " with no lock_timeout: while it waits for the lock, "
                                + "every later query on " + Names.plain(lock.on()) + " queues behind it",
                        "put SET lock_timeout = '5s' at the top of the migration, or configure db.lockTimeout");
                return;
            }
        }
    }
}
