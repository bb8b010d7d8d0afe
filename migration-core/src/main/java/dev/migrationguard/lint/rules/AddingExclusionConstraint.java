package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ConstraintDef;
import dev.migrationguard.sql.ConstraintType;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;

/**
 * ADD CONSTRAINT ... EXCLUDE on an existing table builds the constraint's index and checks every row under an ACCESS
 * EXCLUSIVE lock. Unlike CHECK and FOREIGN KEY it cannot be added NOT VALID, and unlike UNIQUE it cannot adopt an
 * index built concurrently (no USING INDEX): there is no online way to add it to a table in use.
 */
@RuleInfo(id = "adding-exclusion-constraint", severity = Severity.ERROR, risk = Risk.MEDIUM,
        summary = "Adding an exclusion constraint builds its index and checks every row under an ACCESS EXCLUSIVE lock")
public final class AddingExclusionConstraint extends AlterTableRule {

    @Override
    protected void check(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        ConstraintDef c = a.constraint();
        if (a.kind() != AlterActionKind.ADD_CONSTRAINT || c == null || c.type() != ConstraintType.EXCLUDE) {
            return;
        }
        String name = c.name() == null ? "" : " " + Names.quoted(c.name());
        ctx.report(s, a, "Adding exclusion constraint" + name + " to " + Names.quoted(table) + " builds its index "
                        + "and checks every row while holding an ACCESS EXCLUSIVE lock on " + Names.plain(table)
                        + ", blocking reads and writes; an exclusion constraint cannot be added NOT VALID or adopt an "
                        + "index built concurrently",
                "add the exclusion constraint when the table is created, or in a maintenance window with a short "
                        + "lock_timeout; where equality is enough, use a unique index built CONCURRENTLY instead");
    }
}
