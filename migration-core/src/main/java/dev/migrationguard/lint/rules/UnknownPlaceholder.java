package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.SqlProblem;

/** A {@code ${name}} placeholder with no configured value would reach the database as written. */
@RuleInfo(id = "unknown-placeholder", severity = Severity.ERROR, risk = Risk.MEDIUM, checksDown = true,
        summary = "A ${name} placeholder has no value in the configuration")
public final class UnknownPlaceholder implements Rule {

    @Override
    public void checkScript(ScriptContext ctx) {
        for (SqlProblem p : ctx.script().problems()) {
            if (p.kind() == SqlProblem.Kind.UNKNOWN_PLACEHOLDER) {
                ctx.reportAt(p.line(), p.column(), p.message(), p.help());
            }
        }
    }
}
