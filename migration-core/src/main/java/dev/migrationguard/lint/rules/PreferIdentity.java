package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ColumnType;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;

/**
 * Reports {@code serial}, {@code smallserial} and {@code bigserial} columns from PostgreSQL 10, where identity columns
 * exist. For {@code serial} and {@code smallserial} the message also names the overflow, so the width rules of the
 * family (prefer-bigint-over-int, prefer-bigint-over-smallint) leave those columns to this one.
 */
@RuleInfo(id = PreferIdentity.ID, severity = Severity.INFO, risk = Risk.LOW, family = Families.INTEGER_COLUMN,
        summary = "Prefer GENERATED ... AS IDENTITY over serial types")
public final class PreferIdentity extends ColumnTypeRule {

    static final String ID = "prefer-identity";

    @Override
    protected String problem(ColumnType type, ScriptContext ctx) {
        if (!reports(type, ctx)) {
            return null;
        }
        String overflow = switch (type.name()) {
            case "serial" -> "it is an integer that overflows at 2147483647, and ";
            case "smallserial" -> "it is a smallint that overflows at 32767, and ";
            default -> "";
        };
        return overflow + "serial columns own a sequence with separate permissions and ownership, and accept explicit "
                + "values that later collide";
    }

    @Override
    protected String help(ColumnType type, ScriptContext ctx) {
        return "use bigint GENERATED ALWAYS AS IDENTITY";
    }

    /** True when this rule reports a column of {@code type}: a serial type, from PostgreSQL 10. */
    static boolean reports(ColumnType type, ScriptContext ctx) {
        return type.isSerial() && ctx.config().pgVersion() >= 10;
    }

    /** True when this rule is in force and reports {@code type}, so the width rules leave the column to it. */
    static boolean takesOver(ColumnType type, ScriptContext ctx) {
        return reports(type, ctx) && ctx.inForce(ID);
    }
}
