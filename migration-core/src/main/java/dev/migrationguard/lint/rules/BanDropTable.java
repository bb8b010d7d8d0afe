package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;

/** Dropping a table loses its data and breaks every client that still uses it. */
@RuleInfo(id = "ban-drop-table", severity = Severity.ERROR, risk = Risk.HIGH,
        summary = "Dropping a table loses its rows and breaks clients still using it")
public final class BanDropTable extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.DROP_TABLE) {
            return;
        }
        for (ObjectRef table : s.objects()) {
            if (table.type() != ObjectType.TABLE || ctx.createdEarlierInScript(table, s.index())) {
                continue;
            }
            ctx.report(s, "Dropping table \"" + table.qualifiedName() + "\" deletes its rows and breaks clients "
                            + "still using it (ACCESS EXCLUSIVE lock on " + table.qualifiedName() + ")",
                    "stop using the table, deploy, then drop it in a later migration after a backup");
        }
    }
}
