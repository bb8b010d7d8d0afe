package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ColumnType;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;

/** Reports {@code timestamp} and {@code timestamp without time zone} columns. */
@RuleInfo(id = "prefer-timestamp-tz", severity = Severity.INFO, risk = Risk.LOW,
        summary = "Prefer timestamptz over timestamp without time zone")
public final class PreferTimestampTz extends ColumnTypeRule {

    @Override
    protected String problem(ColumnType type, ScriptContext ctx) {
        return type.name().equals("timestamp")
                ? "it stores wall-clock values without a time zone, so values written from sessions in different zones cannot be compared"
                : null;
    }

    @Override
    protected String help(ColumnType type, ScriptContext ctx) {
        return "use timestamptz (timestamp with time zone)";
    }
}
