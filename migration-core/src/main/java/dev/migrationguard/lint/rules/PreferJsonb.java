package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ColumnType;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;

/** Reports {@code json} columns. */
@RuleInfo(id = "prefer-jsonb", severity = Severity.INFO, risk = Risk.LOW,
        summary = "Prefer jsonb over json")
public final class PreferJsonb extends ColumnTypeRule {

    @Override
    protected String problem(ColumnType type, ScriptContext ctx) {
        return type.name().equals("json")
                ? "json is stored as text and re-parsed on every access, has no equality operator and cannot be indexed with GIN"
                : null;
    }

    @Override
    protected String help(ColumnType type, ScriptContext ctx) {
        return "use jsonb";
    }
}
