package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ColumnDef;
import dev.migrationguard.sql.ConstraintDef;
import dev.migrationguard.sql.ConstraintType;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;

/**
 * ADD CONSTRAINT ... CHECK or FOREIGN KEY on an existing table without NOT VALID checks every row while holding the
 * lock: ACCESS EXCLUSIVE for CHECK, SHARE ROW EXCLUSIVE on both tables for FOREIGN KEY. Foreign keys are left to
 * adding-foreign-key-constraint, the rule of the family made for them, while it is in force. A CHECK written as a
 * column constraint of ADD COLUMN scans the table the same way and is reported too.
 */
@RuleInfo(id = "constraint-missing-not-valid", severity = Severity.ERROR, risk = Risk.MEDIUM,
        family = Families.CONSTRAINT_VALIDATION,
        summary = "Adding a CHECK or FOREIGN KEY without NOT VALID scans the table while blocking writes")
public final class ConstraintMissingNotValid extends AlterTableRule {

    @Override
    protected void check(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        if (a.kind() == AlterActionKind.ADD_COLUMN && a.columnDef() != null) {
            checkColumnConstraints(s, a, table, ctx);
            return;
        }
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

    /**
     * A CHECK (or, while adding-foreign-key-constraint is off, a REFERENCES that PostgreSQL validates) written as a
     * column constraint of ADD COLUMN: it checks every existing row just as ADD CONSTRAINT does, and a column
     * constraint cannot be NOT VALID.
     */
    private static void checkColumnConstraints(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        ColumnDef col = a.columnDef();
        for (ConstraintDef c : col.constraints()) {
            String lock;
            if (c.type() == ConstraintType.CHECK) {
                lock = "an ACCESS EXCLUSIVE lock on " + Names.plain(table) + ", blocking reads and writes";
            } else if (c.type() == ConstraintType.FOREIGN_KEY && !ctx.inForce(AddingForeignKeyConstraint.ID)
                    && AddingForeignKeyConstraint.validatesRows(s)) {
                lock = "SHARE ROW EXCLUSIVE locks on " + Names.plain(table)
                        + (c.referencedTable() == null ? "" : " and " + Names.plain(c.referencedTable()))
                        + ", blocking writes";
            } else {
                continue;
            }
            String kind = c.type() == ConstraintType.CHECK ? "a CHECK" : "a REFERENCES";
            ctx.report(s, a, "Adding column " + Names.quoted(col.name()) + " to " + Names.quoted(table) + " with "
                            + kind + " constraint checks every existing row while holding " + lock
                            + " (a column constraint cannot be NOT VALID)",
                    "add the column without the constraint, add the constraint with ADD CONSTRAINT ... NOT VALID, "
                            + "then run VALIDATE CONSTRAINT in a later migration (its own transaction)");
        }
    }
}
