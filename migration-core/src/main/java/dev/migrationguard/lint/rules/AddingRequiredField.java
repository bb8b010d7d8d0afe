package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ColumnType;
import dev.migrationguard.lint.DefaultExpression;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ColumnDef;
import dev.migrationguard.sql.ConstraintType;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;

/**
 * ADD COLUMN ... NOT NULL (or PRIMARY KEY) without a default: fails on a table that has rows, and breaks inserts of
 * clients that do not know the column. Serial, identity and generated columns fill themselves and are not reported.
 */
@RuleInfo(id = "adding-required-field", severity = Severity.ERROR, risk = Risk.MEDIUM,
        summary = "Adding a NOT NULL column without a default fails on a non-empty table and breaks old inserts")
public final class AddingRequiredField extends AlterTableRule {

    @Override
    protected void check(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        ColumnDef c = a.columnDef();
        if (a.kind() != AlterActionKind.ADD_COLUMN || c == null) {
            return;
        }
        boolean required = c.notNull() || c.hasConstraint(ConstraintType.PRIMARY_KEY);
        boolean hasDefault = c.defaultExpr() != null && !DefaultExpression.isNull(c.defaultExpr());
        ColumnType type = ColumnType.parse(c.dataType());
        boolean fillsItself = c.identity() || c.generatedStored() || (type != null && type.isSerial());
        if (!required || hasDefault || fillsItself) {
            return;
        }
        ctx.report(s, a, "Adding NOT NULL column " + Names.quoted(c.name()) + " to " + Names.quoted(table)
                        + " without a default fails if the table has rows and breaks inserts that omit it "
                        + "(ACCESS EXCLUSIVE lock on " + Names.plain(table) + ")",
                "add the column nullable (or with a default), backfill it, then add NOT NULL in a later migration");
    }
}
