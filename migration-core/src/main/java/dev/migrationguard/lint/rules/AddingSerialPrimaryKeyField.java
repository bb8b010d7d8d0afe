package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ColumnType;
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
 * ADD COLUMN ... serial (or identity) PRIMARY KEY on an existing table: fills every row from a sequence (a rewrite)
 * and builds the primary key index, all under an ACCESS EXCLUSIVE lock.
 */
@RuleInfo(id = "adding-serial-primary-key-field", severity = Severity.ERROR, risk = Risk.MEDIUM,
        summary = "Adding a serial or identity primary key column rewrites the table and builds an index under lock")
public final class AddingSerialPrimaryKeyField extends AlterTableRule {

    @Override
    protected void check(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        ColumnDef c = a.columnDef();
        if (a.kind() != AlterActionKind.ADD_COLUMN || c == null || !c.hasConstraint(ConstraintType.PRIMARY_KEY)) {
            return;
        }
        ColumnType type = ColumnType.parse(c.dataType());
        if (!c.identity() && (type == null || !type.isSerial())) {
            return;
        }
        ctx.report(s, a, "Adding " + (c.identity() ? "identity" : type.name()) + " primary key column "
                        + Names.quoted(c.name()) + " to " + Names.quoted(table) + " rewrites every row and builds "
                        + "the index while holding an ACCESS EXCLUSIVE lock on " + Names.plain(table),
                "add a nullable bigint column, then SET DEFAULT nextval(...), backfill in batches, build a unique "
                        + "index concurrently and ADD CONSTRAINT ... PRIMARY KEY USING INDEX");
    }
}
