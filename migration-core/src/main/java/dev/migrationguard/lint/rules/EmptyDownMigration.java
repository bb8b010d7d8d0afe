package dev.migrationguard.lint.rules;

import dev.migrationguard.config.EmptyDown;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.Direction;

/**
 * With {@code emptyDown: error}, a down script with no statement and no marker is a placeholder never filled in:
 * {@code db:rollback} refuses it. With the default {@code emptyDown: noop} an empty down is a deliberate no-op (as in
 * golang-migrate) and this rule stays quiet. A down holding {@code -- migration-guard:no-op <reason>} or
 * {@code -- migration-guard:irreversible <reason>} says what it means in both modes.
 */
@RuleInfo(id = "empty-down-migration", severity = Severity.ERROR, risk = Risk.MEDIUM, checksDown = true,
        summary = "A down migration has no statement and no no-op or irreversible marker, in a project whose "
                + "emptyDown setting is error: db:rollback refuses it")
public final class EmptyDownMigration implements Rule {

    @Override
    public void checkScript(ScriptContext ctx) {
        if (ctx.direction() != Direction.DOWN || !ctx.script().isEmpty()
                || ctx.config().emptyDown() != EmptyDown.ERROR
                || ctx.script().irreversibleReason().isPresent() || ctx.script().noOpReason().isPresent()) {
            return;
        }
        ctx.reportAt(1, 1, "down migration of " + ctx.migration().label() + " has no statement, and this project "
                        + "sets emptyDown: error, so db:rollback refuses it",
                "write the statements that undo the up migration, or say what it means: "
                        + "'-- migration-guard:no-op <reason>' or '-- migration-guard:irreversible <reason>'");
    }
}
