package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;

/**
 * SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock. From PostgreSQL 12 the scan is skipped when a
 * validated {@code CHECK (column IS NOT NULL)} constraint exists: added in an earlier migration of the set, or
 * earlier in this script (without NOT VALID, or validated since).
 */
@RuleInfo(id = "adding-not-nullable-field", severity = Severity.ERROR, risk = Risk.MEDIUM,
        summary = "SET NOT NULL scans the table under an ACCESS EXCLUSIVE lock unless a validated check proves it")
public final class AddingNotNullableField extends AlterTableRule {

    @Override
    protected void check(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        if (a.kind() != AlterActionKind.SET_NOT_NULL) {
            return;
        }
        boolean v12 = ctx.config().pgVersion() >= 12;
        if (v12 && ctx.schemaBefore(s.index()).hasValidatedNotNullCheck(table, a.columnName())) {
            return;
        }
        String col = a.columnName() == null ? "c" : a.columnName();
        ctx.report(s, a, "Setting NOT NULL on column " + Names.quoted(a.columnName()) + " of " + Names.quoted(table)
                        + " scans every row while holding an ACCESS EXCLUSIVE lock on " + Names.plain(table),
                v12 ? "add CHECK (" + col + " IS NOT NULL) NOT VALID, validate it in a later migration, then set NOT "
                        + "NULL"
                        : "keep a validated CHECK (" + col + " IS NOT NULL) NOT VALID constraint instead, or set NOT "
                        + "NULL in a quiet period (PostgreSQL " + ctx.config().pgVersion() + " always scans)");
    }
}
