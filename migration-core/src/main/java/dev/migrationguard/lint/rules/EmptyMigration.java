package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.Direction;

/** An up script with no statement: usually a file saved before it was written, or a section marker typo. */
@RuleInfo(id = "empty-migration", severity = Severity.WARNING, risk = Risk.LOW,
        summary = "An up migration has no statement: it would be recorded as applied without doing anything")
public final class EmptyMigration implements Rule {

    @Override
    public void checkScript(ScriptContext ctx) {
        if (ctx.direction() == Direction.UP && ctx.script().isEmpty()) {
            ctx.reportAt(1, 1, "migration " + ctx.migration().label() + " has no statement",
                    "write the migration's statements, or delete the file");
        }
    }
}
