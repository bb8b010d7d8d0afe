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
 * ADD COLUMN whose value must be written into every existing row, which rewrites the table under an ACCESS EXCLUSIVE
 * lock: a volatile default ({@code random()}, {@code gen_random_uuid()}, {@code clock_timestamp()}, a serial or
 * identity column's sequence), a default calling a function whose volatility is not known, any non-null default
 * before PostgreSQL 11, or {@code GENERATED ALWAYS AS (...) STORED}. From PostgreSQL 11 a non-volatile default
 * ({@code 0}, {@code 'x'}, {@code now()}) is stored once in the catalog. A serial or identity primary key column is
 * left to adding-serial-primary-key-field.
 */
@RuleInfo(id = "adding-field-with-default", severity = Severity.ERROR, risk = Risk.MEDIUM,
        summary = "Adding a column with a volatile default (any default before PostgreSQL 11) rewrites the table")
public final class AddingFieldWithDefault extends AlterTableRule {

    @Override
    protected void check(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        ColumnDef c = a.columnDef();
        if (a.kind() != AlterActionKind.ADD_COLUMN || c == null) {
            return;
        }
        String why = rewriteReason(c, ctx.config().pgVersion());
        if (why == null) {
            return;
        }
        ctx.report(s, a, "Adding column " + Names.quoted(c.name()) + " to " + Names.quoted(table) + " with " + why
                        + " rewrites the table (ACCESS EXCLUSIVE lock on " + Names.plain(table)
                        + " for the whole rewrite)",
                "add the column without a default (or with a constant one), then backfill existing rows in batches");
    }

    /** Why adding {@code c} rewrites the table, or null when it does not (or another rule covers it). */
    static String rewriteReason(ColumnDef c, int pgVersion) {
        ColumnType type = ColumnType.parse(c.dataType());
        boolean primaryKey = c.hasConstraint(ConstraintType.PRIMARY_KEY);
        if (type != null && type.isSerial()) {
            return primaryKey ? null : "type " + type.name() + " (a nextval() default)";
        }
        if (c.identity()) {
            return primaryKey ? null : "an identity (values from a sequence for every row)";
        }
        if (c.generatedStored()) {
            return "a stored generated expression";
        }
        if (c.defaultExpr() == null || DefaultExpression.isNull(c.defaultExpr())) {
            return null;
        }
        String def = "DEFAULT " + c.defaultExpr().strip();
        return switch (DefaultExpression.of(c.defaultExpr())) {
            case VOLATILE -> "volatile " + def;
            case UNKNOWN -> def + " (a function not known to be non-volatile)";
            case NON_VOLATILE -> pgVersion < 11 ? def + " on PostgreSQL " + pgVersion : null;
        };
    }
}
