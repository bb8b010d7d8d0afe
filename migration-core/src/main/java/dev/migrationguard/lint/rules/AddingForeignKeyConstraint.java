package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ColumnType;
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
 * A foreign key added to an existing table and validated at once: ADD CONSTRAINT ... FOREIGN KEY without NOT VALID,
 * or ADD COLUMN ... REFERENCES when PostgreSQL checks the existing rows (the column has a default, or the same
 * statement adds a column with a default or a FOREIGN KEY constraint; a new column without a default is all NULL,
 * and PostgreSQL then marks the key valid without a scan). SHARE ROW EXCLUSIVE locks on both tables block their
 * writes while every row is checked. This rule, not constraint-missing-not-valid, reports foreign keys.
 */
@RuleInfo(id = AddingForeignKeyConstraint.ID, severity = Severity.ERROR, risk = Risk.MEDIUM,
        family = Families.CONSTRAINT_VALIDATION,
        summary = "Adding a validated foreign key blocks writes to both tables while every row is checked")
public final class AddingForeignKeyConstraint extends AlterTableRule {

    static final String ID = "adding-foreign-key-constraint";

    @Override
    protected void check(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        if (a.kind() == AlterActionKind.ADD_CONSTRAINT) {
            ConstraintDef fk = a.constraint();
            if (fk == null || fk.type() != ConstraintType.FOREIGN_KEY || fk.notValid()) {
                return;
            }
            String name = fk.name() == null ? "" : " " + Names.quoted(fk.name());
            ctx.report(s, a, "Adding foreign key" + name + " on " + Names.quoted(table) + " referencing "
                            + referenced(fk) + " without NOT VALID checks every row while holding " + locks(table, fk),
                    "add the foreign key with NOT VALID, then run VALIDATE CONSTRAINT in a later migration (its own "
                            + "transaction)");
        } else if (a.kind() == AlterActionKind.ADD_COLUMN && a.columnDef() != null) {
            ConstraintDef fk = columnForeignKey(a.columnDef());
            if (fk == null || !validatesRows(s)) {
                return;
            }
            ColumnDef c = a.columnDef();
            ctx.report(s, a, "Adding column " + Names.quoted(c.name()) + " to " + Names.quoted(table)
                            + " with a foreign key referencing " + referenced(fk)
                            + (fillsRows(c) ? " and a default" : "") + " checks every row while holding "
                            + locks(table, fk),
                    "add the column without REFERENCES, add the foreign key with ADD CONSTRAINT ... NOT VALID, then "
                            + "run VALIDATE CONSTRAINT in a later migration (its own transaction)");
        }
    }

    private static String referenced(ConstraintDef fk) {
        return fk.referencedTable() == null ? "another table" : Names.quoted(fk.referencedTable());
    }

    /** The locks the check holds, and whose writes they block. */
    private static String locks(ObjectRef table, ConstraintDef fk) {
        ObjectRef other = fk.referencedTable();
        if (other != null && ScriptContext.sameName(table, other)) {
            return "a SHARE ROW EXCLUSIVE lock on " + Names.plain(table) + ", blocking writes to it";
        }
        return "SHARE ROW EXCLUSIVE locks on " + Names.plain(table) + " and "
                + (other == null ? "the referenced table" : Names.plain(other)) + ", blocking writes to both";
    }

    private static ConstraintDef columnForeignKey(ColumnDef c) {
        if (c.constraints() == null) {
            return null;
        }
        for (ConstraintDef k : c.constraints()) {
            if (k.type() == ConstraintType.FOREIGN_KEY) {
                return k;
            }
        }
        return null;
    }

    /**
     * True when PostgreSQL checks existing rows for the foreign keys of the statement's added columns: it skips the
     * check unless one of the statement's added columns has a default (a serial or a stored generated column
     * included) or the statement also adds a FOREIGN KEY constraint.
     */
    static boolean validatesRows(Statement s) {
        for (AlterAction a : s.actions()) {
            if (a == null || a.kind() == null) {
                continue;
            }
            if (a.kind() == AlterActionKind.ADD_COLUMN && a.columnDef() != null && fillsRows(a.columnDef())) {
                return true;
            }
            if (a.kind() == AlterActionKind.ADD_CONSTRAINT && a.constraint() != null
                    && a.constraint().type() == ConstraintType.FOREIGN_KEY) {
                return true;
            }
        }
        return false;
    }

    /** True when a new column gets a value in existing rows: a DEFAULT, a serial type, a stored generated value. */
    private static boolean fillsRows(ColumnDef c) {
        ColumnType type = ColumnType.parse(c.dataType());
        return c.defaultExpr() != null || c.generatedStored() || (type != null && type.isSerial());
    }
}
