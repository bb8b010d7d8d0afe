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
 * A foreign key added to an existing table and validated at once (ADD CONSTRAINT ... FOREIGN KEY without NOT VALID,
 * or ADD COLUMN ... REFERENCES): SHARE ROW EXCLUSIVE locks on both tables block their writes while every row is
 * checked.
 */
@RuleInfo(id = "adding-foreign-key-constraint", severity = Severity.WARNING, risk = Risk.MEDIUM,
        summary = "Adding a validated foreign key blocks writes to both tables while every row is checked")
public final class AddingForeignKeyConstraint extends AlterTableRule {

    @Override
    protected void check(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        ConstraintDef fk = foreignKey(a);
        if (fk == null || fk.notValid()) {
            return;
        }
        String referenced = fk.referencedTable() == null ? "the referenced table" : Names.plain(fk.referencedTable());
        ctx.report(s, a, "Adding a foreign key on " + Names.quoted(table) + " referencing "
                        + (fk.referencedTable() == null ? "another table" : Names.quoted(fk.referencedTable()))
                        + " checks every row while holding SHARE ROW EXCLUSIVE locks on " + Names.plain(table)
                        + " and " + referenced + ", blocking writes to both",
                "add the foreign key with NOT VALID, then VALIDATE CONSTRAINT in a later migration");
    }

    private static ConstraintDef foreignKey(AlterAction a) {
        if (a.kind() == AlterActionKind.ADD_CONSTRAINT && a.constraint() != null
                && a.constraint().type() == ConstraintType.FOREIGN_KEY) {
            return a.constraint();
        }
        if (a.kind() == AlterActionKind.ADD_COLUMN && a.columnDef() != null && a.columnDef().constraints() != null) {
            for (ConstraintDef c : a.columnDef().constraints()) {
                if (c.type() == ConstraintType.FOREIGN_KEY) {
                    return c;
                }
            }
        }
        return null;
    }
}
