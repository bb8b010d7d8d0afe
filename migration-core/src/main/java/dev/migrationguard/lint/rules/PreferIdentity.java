package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ColumnType;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;

/** Reports {@code serial}, {@code smallserial} and {@code bigserial} columns from PostgreSQL 10, where identity columns exist. */
@RuleInfo(id = "prefer-identity", severity = Severity.INFO, risk = Risk.LOW,
        summary = "Prefer GENERATED ... AS IDENTITY over serial types")
public final class PreferIdentity extends ColumnTypeRule {

    @Override
    protected String problem(ColumnType type, ScriptContext ctx) {
        return type.isSerial() && ctx.config().pgVersion() >= 10
                ? "serial columns own a sequence with separate permissions and ownership, and accept explicit values that later collide"
                : null;
    }

    @Override
    protected String help(ColumnType type, ScriptContext ctx) {
        return "use bigint GENERATED ALWAYS AS IDENTITY";
    }
}
