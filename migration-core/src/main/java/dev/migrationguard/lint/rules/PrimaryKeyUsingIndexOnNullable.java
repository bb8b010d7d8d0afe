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
import dev.migrationguard.schema.IndexModel;
import dev.migrationguard.schema.KnownConstraint;
import dev.migrationguard.schema.SchemaModel;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ADD PRIMARY KEY USING INDEX} adopts an index built concurrently, but a primary key's columns must be NOT
 * NULL: for each column not yet NOT NULL, PostgreSQL sets it, scanning the whole table under the ACCESS EXCLUSIVE
 * lock the ALTER TABLE holds. The schema model tells which columns the migrations made NOT NULL (a NOT NULL column,
 * SET NOT NULL, a primary key); a column whose index or table the migrations did not create is not reported.
 */
@RuleInfo(id = "primary-key-using-index-on-nullable", severity = Severity.WARNING, risk = Risk.MEDIUM,
        summary = "ADD PRIMARY KEY USING INDEX on columns not known NOT NULL scans the table under an ACCESS "
                + "EXCLUSIVE lock")
public final class PrimaryKeyUsingIndexOnNullable extends AlterTableRule {

    @Override
    protected void check(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        ConstraintDef c = a.constraint();
        if (a.kind() != AlterActionKind.ADD_CONSTRAINT || c == null || c.type() != ConstraintType.PRIMARY_KEY
                || c.usingIndex() == null) {
            return;
        }
        SchemaModel model = ctx.schemaBefore(s.index());
        IndexModel index = model.index(new ObjectRef(dev.migrationguard.sql.ObjectType.INDEX, table.schema(),
                c.usingIndex())).orElse(null);
        if (index == null || model.table(table).isEmpty()) {
            return;
        }
        List<String> nullable = new ArrayList<>();
        for (String column : index.columns()) {
            if (!model.table(table).get().columns().containsKey(column)) {
                return; // an expression, or a column the model does not know: nothing to say
            }
            if (!notNull(model, table, column) && !setNotNullEarlierInStatement(s, column)) {
                nullable.add(Names.quoted(column));
            }
        }
        if (nullable.isEmpty()) {
            return;
        }
        ctx.report(s, a, "Adding the primary key of " + Names.quoted(table) + " using index "
                        + Names.quoted(c.usingIndex()) + " makes " + Names.list(nullable, 5) + " NOT NULL, which "
                        + "scans the whole table while holding an ACCESS EXCLUSIVE lock on " + Names.plain(table)
                        + ", blocking reads and writes",
                "first add CHECK (col IS NOT NULL) NOT VALID, validate it in a later migration and SET NOT NULL "
                        + "(no scan then), then add the primary key using the index");
    }

    /** True when the model knows the column as NOT NULL: a NOT NULL constraint, a primary key, a validated check. */
    static boolean notNull(SchemaModel model, ObjectRef table, String column) {
        for (KnownConstraint k : model.constraints(table)) {
            if ((k.type() == ConstraintType.NOT_NULL || k.type() == ConstraintType.PRIMARY_KEY) && k.validated()
                    && k.columns().contains(column)) {
                return true;
            }
        }
        return model.hasValidatedNotNullCheck(table, column);
    }

    private static boolean setNotNullEarlierInStatement(Statement s, String column) {
        for (AlterAction other : s.actions()) {
            if (other != null && other.kind() == AlterActionKind.SET_NOT_NULL && column.equals(other.columnName())) {
                return true;
            }
        }
        return false;
    }
}
