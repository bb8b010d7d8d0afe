package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ColumnType;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;

/** Reports {@code integer}/{@code int}/{@code int4}/{@code serial} columns. */
@RuleInfo(id = "prefer-bigint-over-int", severity = Severity.INFO, risk = Risk.LOW,
        summary = "Prefer bigint over integer for columns that may outgrow 2^31")
public final class PreferBigintOverInt extends ColumnTypeRule {

    @Override
    protected String problem(ColumnType type, ScriptContext ctx) {
        return type.name().equals("integer") || type.name().equals("serial")
                ? "it overflows at 2147483647, and widening it later rewrites the table under an ACCESS EXCLUSIVE lock"
                : null;
    }

    @Override
    protected String help(ColumnType type, ScriptContext ctx) {
        return type.name().equals("serial") ? "use bigint GENERATED ALWAYS AS IDENTITY (or bigserial)" : "use bigint";
    }
}
