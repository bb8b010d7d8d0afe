package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ColumnType;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;

/**
 * Reports {@code integer}/{@code int}/{@code int4}/{@code serial} columns; a {@code serial} column is left to
 * prefer-identity when that rule is in force (from PostgreSQL 10), whose finding names the overflow too.
 */
@RuleInfo(id = "prefer-bigint-over-int", severity = Severity.INFO, risk = Risk.LOW, family = Families.INTEGER_COLUMN,
        summary = "Prefer bigint over integer for columns that may outgrow 2^31")
public final class PreferBigintOverInt extends ColumnTypeRule {

    @Override
    protected String problem(ColumnType type, ScriptContext ctx) {
        boolean integer = type.name().equals("integer") || type.name().equals("serial");
        return integer && !PreferIdentity.takesOver(type, ctx)
                ? "it overflows at 2147483647, and widening it later rewrites the table under an ACCESS EXCLUSIVE lock"
                : null;
    }

    @Override
    protected String help(ColumnType type, ScriptContext ctx) {
        if (!type.name().equals("serial")) {
            return "use bigint";
        }
        return ctx.config().pgVersion() >= 10 ? "use bigint GENERATED ALWAYS AS IDENTITY (or bigserial)"
                : "use bigserial";
    }
}
