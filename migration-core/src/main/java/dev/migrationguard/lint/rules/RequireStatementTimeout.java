package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.Statement;

/**
 * Off by default. The first statement of a script that takes a lock blocking writes on an existing table, with no {@code SET statement_timeout} before it and no statement timeout configured
 * for the runner ({@code db.statementTimeout}): nothing bounds how long the lock is held.
 */
@RuleInfo(id = "require-statement-timeout", severity = Severity.WARNING, risk = Risk.LOW, enabledByDefault = false,
        summary = "A blocking statement without a statement_timeout can hold its lock for as long as it runs")
public final class RequireStatementTimeout implements Rule {

    @Override
    public void checkScript(ScriptContext ctx) {
        if (SessionTimeouts.configured(ctx.config().statementTimeout())) {
            return;
        }
        for (Statement s : ctx.script().statements()) {
            if (SessionTimeouts.sets(s, "statement_timeout")) {
                return;
            }
            var lock = SessionTimeouts.blockingLock(s, ctx);
            if (lock != null) {
                ctx.report(s, "This statement holds " + Names.article(lock.level().sqlName()) + " lock on "
                                + Names.quoted(lock.on()) + " with no statement_timeout: nothing bounds how long "
                                + Names.plain(lock.on()) + " stays blocked",
                        "put SET statement_timeout = '60s' at the top of the migration, or configure "
                                + "db.statementTimeout");
                return;
            }
        }
    }
}
