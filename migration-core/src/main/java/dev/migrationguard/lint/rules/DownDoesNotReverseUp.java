package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.Direction;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.SqlScript;

/**
 * A down script must undo what its up script did: drop what the up created, rename back what it renamed, restore the
 * column properties it changed. Changes without a known inverse (data, enum values, grants) are not checked. What
 * PostgreSQL drops along with another object counts as undone: the indexes, triggers and constraints of a dropped
 * table, view or materialized view, a sequence owned by a dropped column, whatever a {@code DROP ... CASCADE} takes
 * with it; so does an object the up replaced (dropped and created again, or {@code CREATE OR REPLACE}) that the down
 * creates again, and a {@code CREATE ... IF NOT EXISTS} of an object an earlier migration created.
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
        for (UpEffects.Effect effect : UpEffects.of(up, (type, ref) -> existedBefore(ctx, up, type, ref))) {
            if (effect.test().test(down) || down.cascadesOver(effect.statement())) {
                continue;
            }
            ctx.reportAt(1, 1, "up " + effect.description() + " (" + up.path() + ":" + effect.statement().line()
                            + "); down " + effect.undone(),
                    "undo the change in the down migration, or mark it '-- migration-guard:irreversible <reason>'");
        }
    }

    /**
     * True when an earlier migration created the object: a {@code CREATE ... IF NOT EXISTS} of it in the up then
     * creates nothing for the down to drop. Asked only for such statements, so the earlier migrations are read only
     * then.
     */
    private static boolean existedBefore(ScriptContext ctx, SqlScript up, ObjectType type, ObjectRef ref) {
        return ctx.schemaBefore(0).createdBy(type, ref).filter(o -> !o.script().equals(up.path())).isPresent();
    }
}
