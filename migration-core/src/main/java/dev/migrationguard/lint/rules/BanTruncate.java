package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementFlag;
import dev.migrationguard.sql.StatementKind;

/**
 * TRUNCATE deletes every row of an existing table (with CASCADE, of the tables referencing it too). A TRUNCATE ...
 * CASCADE is left to ban-truncate-cascade while it is in force.
 */
@RuleInfo(id = "ban-truncate", severity = Severity.ERROR, risk = Risk.HIGH, family = Families.TRUNCATE,
        summary = "TRUNCATE deletes every row of a table (and with CASCADE of the tables referencing it)")
public final class BanTruncate extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.TRUNCATE) {
            return;
        }
        if (s.has(StatementFlag.CASCADE) && ctx.inForce(BanTruncateCascade.ID)) {
            return; // ban-truncate-cascade names the table and the cascade in one finding
        }
        String cascade = s.has(StatementFlag.CASCADE) ? " and of every table referencing it (CASCADE)" : "";
        for (ObjectRef table : s.objects()) {
            if (table.type() != ObjectType.TABLE || ctx.createdEarlierInScript(table, s.index())) {
                continue;
            }
            ctx.report(s, "Truncating " + Names.quoted(table) + " deletes every row of it" + cascade
                            + " (ACCESS EXCLUSIVE lock on " + Names.plain(table) + ")",
                    "delete the rows you mean with a WHERE clause in batches, or drop the table in a later migration");
        }
    }
}
