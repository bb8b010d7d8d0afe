package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.Direction;

/** A down script with no statement silently undoes nothing; say so with the irreversible marker instead. */
@RuleInfo(id = "empty-down-migration", severity = Severity.ERROR, risk = Risk.MEDIUM, checksDown = true,
        summary = "A down migration has no statement and no irreversible marker: a rollback would silently do nothing")
public final class EmptyDownMigration implements Rule {

    @Override
    public void checkScript(ScriptContext ctx) {
        if (ctx.direction() != Direction.DOWN || !ctx.script().isEmpty()
                || ctx.script().irreversibleReason().isPresent()) {
            return;
        }
        ctx.reportAt(1, 1, "down migration of " + ctx.migration().label() + " has no statement",
                "write the statements that undo the up migration, or mark it "
                        + "'-- migration-guard:irreversible <reason>'");
    }
}
