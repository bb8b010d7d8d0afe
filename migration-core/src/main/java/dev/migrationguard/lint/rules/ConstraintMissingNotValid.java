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
 * ADD CONSTRAINT ... CHECK or FOREIGN KEY on an existing table without NOT VALID checks every row while holding the
 * lock: ACCESS EXCLUSIVE for CHECK, SHARE ROW EXCLUSIVE on both tables for FOREIGN KEY. Foreign keys are left to
 * adding-foreign-key-constraint, the rule of the family made for them, while it is in force.
 */
@RuleInfo(id = "constraint-missing-not-valid", severity = Severity.ERROR, risk = Risk.MEDIUM,
        family = Families.CONSTRAINT_VALIDATION,
        summary = "Adding a CHECK or FOREIGN KEY without NOT VALID scans the table while blocking writes")
public final class ConstraintMissingNotValid extends AlterTableRule {

    @Override
    protected void check(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        ConstraintDef c = a.constraint();
        if (a.kind() != AlterActionKind.ADD_CONSTRAINT || c == null || c.notValid()) {
            return;
        }
        String lock;
        if (c.type() == ConstraintType.CHECK) {
            lock = "ACCESS EXCLUSIVE lock on " + Names.plain(table) + ", blocking reads and writes";
        } else if (c.type() == ConstraintType.FOREIGN_KEY && !ctx.inForce(AddingForeignKeyConstraint.ID)) {
            lock = "SHARE ROW EXCLUSIVE lock on " + Names.plain(table)
                    + (c.referencedTable() == null ? "" : " and " + Names.plain(c.referencedTable()))
                    + ", blocking writes";
        } else {
            return;
        }
        String kind = c.type() == ConstraintType.CHECK ? "CHECK" : "FOREIGN KEY";
        String name = c.name() == null ? "" : " " + Names.quoted(c.name());
        ctx.report(s, a, "Adding " + kind + " constraint" + name + " to " + Names.quoted(table)
                        + " without NOT VALID checks every row while holding " + Names.article(lock),
                "add the constraint with NOT VALID, then run VALIDATE CONSTRAINT in a later migration (its own "
                        + "transaction)");
    }
}
