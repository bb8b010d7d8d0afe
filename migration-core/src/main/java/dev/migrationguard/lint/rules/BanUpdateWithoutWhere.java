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

/** UPDATE without WHERE rewrites every row of an existing table and holds its row locks until the migration ends. */
@RuleInfo(id = "ban-update-without-where", severity = Severity.WARNING, risk = Risk.HIGH,
        summary = "UPDATE without WHERE rewrites every row and holds their row locks until the migration commits")
public final class BanUpdateWithoutWhere extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.UPDATE || s.has(StatementFlag.HAS_WHERE)) {
            return;
        }
        ObjectRef table = Names.existingTable(s, ctx);
        if (table == null) {
            return;
        }
        ctx.report(s, "Updating " + Names.quoted(table) + " without WHERE rewrites every row and locks them until the "
                        + "migration commits (ROW EXCLUSIVE lock on " + Names.plain(table) + ")",
                "backfill outside the migration in batches of a few thousand rows, each in its own transaction");
    }
}
