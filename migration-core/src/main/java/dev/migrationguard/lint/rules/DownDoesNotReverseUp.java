package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.Direction;
import dev.migrationguard.sql.SqlScript;

/**
 * A down script must undo what its up script did: drop what the up created, rename back what it renamed, restore the
 * column properties it changed. Changes without a known inverse (data, enum values, grants) are not checked.
 */
@RuleInfo(id = "down-does-not-reverse-up", severity = Severity.WARNING, risk = Risk.MEDIUM, checksDown = true,
        summary = "A down migration does not undo a change of its up migration (an object created, a column added, "
                + "a rename, a column property)")
public final class DownDoesNotReverseUp implements Rule {

    @Override
    public void checkScript(ScriptContext ctx) {
        if (ctx.direction() != Direction.DOWN || ctx.script().isEmpty()
                || ctx.script().irreversibleReason().isPresent() || ctx.pairedUpScript().isEmpty()) {
            return;
        }
        SqlScript up = ctx.pairedUpScript().get();
        UpEffects.Down down = new UpEffects.Down(ctx.script());
        for (UpEffects.Effect effect : UpEffects.of(up)) {
            if (effect.test().test(down)) {
                continue;
            }
            ctx.reportAt(1, 1, "up " + effect.description() + " (" + up.path() + ":" + effect.statement().line()
                            + "); down " + effect.undone(),
                    "undo the change in the down migration, or mark it '-- migration-guard:irreversible <reason>'");
        }
    }
}
