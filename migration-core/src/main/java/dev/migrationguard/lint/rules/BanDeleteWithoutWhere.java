package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementFlag;
import dev.migrationguard.sql.StatementKind;

/** DELETE without WHERE empties an existing table. */
@RuleInfo(id = "ban-delete-without-where", severity = Severity.ERROR, risk = Risk.HIGH,
        summary = "DELETE without WHERE deletes every row of an existing table")
public final class BanDeleteWithoutWhere extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.DELETE || s.has(StatementFlag.HAS_WHERE)) {
            return;
        }
        ObjectRef table = Names.existingTable(s, ctx);
        if (table == null) {
            return;
        }
        ctx.report(s, "Deleting from " + Names.quoted(table) + " without WHERE deletes every row of it (ROW EXCLUSIVE "
                        + "lock on " + Names.plain(table) + ", row locks on every row until commit)",
                "add a WHERE clause that names the rows to delete, and delete them in batches");
    }
}
