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
@RuleInfo(id = BanUpdateWithoutWhere.ID, severity = Severity.WARNING, risk = Risk.HIGH,
        family = Families.LONG_STATEMENT,
        summary = "UPDATE without WHERE rewrites every row and holds their row locks until the migration commits")
public final class BanUpdateWithoutWhere extends StatementRule {

    static final String ID = "ban-update-without-where";

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (!reports(s, ctx)) {
            return;
        }
        ObjectRef table = Names.existingTable(s, ctx);
        ctx.report(s, "Updating " + Names.quoted(table) + " without WHERE rewrites every row and locks them until the "
                        + "migration commits (ROW EXCLUSIVE lock on " + Names.plain(table) + ")",
                "backfill outside the migration in batches of a few thousand rows, each in its own transaction");
    }

    /** True when this rule reports {@code s}: UPDATE without WHERE of a table not created earlier in the script. */
    static boolean reports(Statement s, ScriptContext ctx) {
        return s.kind() == StatementKind.UPDATE && !s.has(StatementFlag.HAS_WHERE)
                && Names.existingTable(s, ctx) != null;
    }
}
