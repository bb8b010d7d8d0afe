package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.TableLock;

/**
 * Off by default. The first statement of a script that takes a lock blocking writes on an existing table, with no
 * {@code SET statement_timeout} before it and no statement timeout configured for the runner
 * ({@code db.statementTimeout}): nothing bounds how long the lock is held. One finding per script, naming the tables
 * the script's locking statements lock.
 */
@RuleInfo(id = "require-statement-timeout", severity = Severity.WARNING, risk = Risk.LOW, enabledByDefault = false,
        summary = "A blocking statement without a statement_timeout can hold its lock for as long as it runs")
public final class RequireStatementTimeout implements Rule {

    @Override
    public void checkScript(ScriptContext ctx) {
        if (SessionTimeouts.configured(ctx.config().statementTimeout())) {
            return;
        }
        SessionTimeouts.Locking locking = SessionTimeouts.locking(ctx, "statement_timeout");
        if (locking.none()) {
            return;
        }
        TableLock lock = locking.first();
        String first = Names.article(lock.level().sqlName()) + " lock on " + SessionTimeouts.target(lock);
        String message;
        if (locking.statements().size() > 1) {
            message = locking.statements().size() + " statements of this script hold locks that block writes on "
                    + locking.tableList() + " with no statement_timeout, starting here with " + first
                    + ": nothing bounds how long those tables stay blocked";
        } else if (locking.tables().size() > 1) {
            message = "This statement holds locks that block writes on " + locking.tableList() + " with no "
                    + "statement_timeout: nothing bounds how long those tables stay blocked";
        } else {
            message = "This statement holds " + first + " with no statement_timeout: nothing bounds how long "
                    + dev.migrationguard.lint.risk.LockTarget.name(lock) + " stays blocked";
        }
        ctx.report(locking.statements().get(0), message,
                "put SET statement_timeout = '60s' at the top of the migration, or configure db.statementTimeout");
    }
}
