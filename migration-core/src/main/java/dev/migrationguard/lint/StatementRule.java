package dev.migrationguard.lint;

import dev.migrationguard.sql.Statement;

/** A rule that looks at statements one at a time. */
public abstract class StatementRule implements Rule {

    @Override
    public final void checkScript(ScriptContext ctx) {
        for (Statement s : ctx.script().statements()) {
            check(s, ctx);
        }
    }

    /** Checks one statement; report findings with {@link ScriptContext#report(Statement, String, String)}. */
    protected abstract void check(Statement statement, ScriptContext ctx);
}
