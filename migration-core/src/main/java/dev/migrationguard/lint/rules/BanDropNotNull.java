package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;

/** Dropping NOT NULL lets NULLs in that clients reading the column do not expect. */
@RuleInfo(id = "ban-drop-not-null", severity = Severity.WARNING, risk = Risk.MEDIUM,
        summary = "Dropping NOT NULL lets NULLs reach clients that do not expect them")
public final class BanDropNotNull extends AlterTableRule {

    @Override
    protected void check(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        if (a.kind() != AlterActionKind.DROP_NOT_NULL) {
            return;
        }
        ctx.report(s, a, "Dropping NOT NULL of column " + Names.quoted(a.columnName()) + " of " + Names.quoted(table)
                        + " lets NULLs reach clients that do not expect them (ACCESS EXCLUSIVE lock on "
                        + Names.plain(table) + ")",
                "make every client handle NULL in the column first, then drop NOT NULL");
    }
}
