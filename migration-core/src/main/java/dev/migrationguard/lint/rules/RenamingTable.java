package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;

/** Renaming a table breaks the running application, which still uses the old name. */
@RuleInfo(id = "renaming-table", severity = Severity.WARNING, risk = Risk.MEDIUM,
        summary = "Renaming a table breaks clients still using the old name")
public final class RenamingTable extends AlterTableRule {

    @Override
    protected void check(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        if (a.kind() != AlterActionKind.RENAME_TABLE) {
            return;
        }
        ctx.report(s, a, "Renaming table " + Names.quoted(table) + " to " + Names.quoted(a.newName())
                        + " breaks clients still using the old name (ACCESS EXCLUSIVE lock on " + Names.plain(table)
                        + ")",
                "rename the table and create a view with the old name in its place until no client uses it");
    }
}
