package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ColumnType;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;

/** Reports {@code char}, {@code char(n)}, {@code character(n)} and {@code bpchar} columns (not the internal {@code "char"} type). */
@RuleInfo(id = "ban-char-field", severity = Severity.INFO, risk = Risk.LOW,
        summary = "Do not use char(n): it pads values with spaces")
public final class BanCharField extends ColumnTypeRule {

    @Override
    protected String problem(ColumnType type, ScriptContext ctx) {
        return type.name().equals("char")
                ? "char(n) pads values with spaces to the full length and compares them with trailing spaces ignored"
                : null;
    }

    @Override
    protected String help(ColumnType type, ScriptContext ctx) {
        return "use text (or varchar) instead of char(n)";
    }
}
