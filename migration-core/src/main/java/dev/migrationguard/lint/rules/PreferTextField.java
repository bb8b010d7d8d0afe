package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ColumnType;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;

/** Reports {@code varchar(n)} columns: the length limit is enforced by the type, so changing it means ALTER COLUMN TYPE. */
@RuleInfo(id = "prefer-text-field", severity = Severity.INFO, risk = Risk.LOW,
        summary = "Prefer text (with a CHECK on its length) over varchar(n)")
public final class PreferTextField extends ColumnTypeRule {

    @Override
    protected String problem(ColumnType type, ScriptContext ctx) {
        return type.name().equals("varchar") && !type.modifiers().isEmpty()
                ? "shortening the limit later rewrites the table under an ACCESS EXCLUSIVE lock, and any limit change breaks clients that validate lengths"
                : null;
    }

    @Override
    protected String help(ColumnType type, ScriptContext ctx) {
        return "use text, with a CHECK (char_length(col) <= n) constraint if the limit matters";
    }
}
