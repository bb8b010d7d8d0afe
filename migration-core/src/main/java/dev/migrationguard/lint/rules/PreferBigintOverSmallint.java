package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ColumnType;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;

/**
 * Reports {@code smallint}/{@code int2}/{@code smallserial} columns; a {@code smallserial} column is left to
 * prefer-identity when that rule is in force (from PostgreSQL 10), whose finding names the overflow too.
 */
@RuleInfo(id = "prefer-bigint-over-smallint", severity = Severity.INFO, risk = Risk.LOW,
        family = Families.INTEGER_COLUMN,
        summary = "Prefer bigint over smallint for columns that may outgrow 32767")
public final class PreferBigintOverSmallint extends ColumnTypeRule {

    @Override
    protected String problem(ColumnType type, ScriptContext ctx) {
        boolean small = type.name().equals("smallint") || type.name().equals("smallserial");
        return small && !PreferIdentity.takesOver(type, ctx)
                ? "it overflows at 32767, and widening it later rewrites the table under an ACCESS EXCLUSIVE lock"
                : null;
    }

    @Override
    protected String help(ColumnType type, ScriptContext ctx) {
        return "use bigint (or integer for small bounded sets)";
    }
}
