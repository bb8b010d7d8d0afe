package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;

/** Dropping a column breaks every deployed client that still reads or writes it. */
@RuleInfo(id = "ban-drop-column", severity = Severity.ERROR, risk = Risk.HIGH,
        summary = "Dropping a column breaks clients still reading it and takes an ACCESS EXCLUSIVE lock")
public final class BanDropColumn extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.ALTER_TABLE || s.table().isEmpty()) {
            return;
        }
        ObjectRef table = s.table().get();
        if (ctx.createdEarlierInScript(table, s.index())) {
            return;
        }
        for (AlterAction a : s.actions()) {
            if (a.kind() == AlterActionKind.DROP_COLUMN) {
                ctx.report(s, a, "Dropping column \"" + a.columnName() + "\" of \"" + table.qualifiedName()
                                + "\" breaks clients still reading it (ACCESS EXCLUSIVE lock on "
                                + table.qualifiedName() + ")",
                        "stop reading the column, deploy, then drop it in a later migration");
            }
        }
    }
}
