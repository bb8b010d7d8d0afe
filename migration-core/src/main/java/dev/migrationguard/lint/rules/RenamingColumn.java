package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;

/** Renaming a column breaks the running application, which still uses the old name. */
@RuleInfo(id = "renaming-column", severity = Severity.WARNING, risk = Risk.MEDIUM,
        summary = "Renaming a column breaks clients still using the old name")
public final class RenamingColumn extends AlterTableRule {

    @Override
    protected void check(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        if (a.kind() != AlterActionKind.RENAME_COLUMN) {
            return;
        }
        ctx.report(s, a, "Renaming column " + Names.quoted(a.columnName()) + " of " + Names.quoted(table) + " to "
                        + Names.quoted(a.newName()) + " breaks clients still using the old name (ACCESS EXCLUSIVE "
                        + "lock on " + Names.plain(table) + ")",
                "add the new column, write both, backfill, move reads, then drop the old column in a later migration");
    }
}
