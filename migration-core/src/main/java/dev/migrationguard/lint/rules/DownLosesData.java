package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.Direction;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.SqlScript;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;

/**
 * A down script that drops a table or column its up script created is correct, but whatever was written there since
 * the up ran is gone after a rollback. Off by default: every correct pair that creates a table would report it.
 */
@RuleInfo(id = "down-loses-data", severity = Severity.INFO, risk = Risk.LOW, checksDown = true,
        enabledByDefault = false,
        summary = "Off by default: a down migration drops a table or column its up migration created; data written "
                + "since is lost")
public final class DownLosesData implements Rule {

    @Override
    public void checkScript(ScriptContext ctx) {
        if (ctx.direction() != Direction.DOWN || ctx.script().irreversibleReason().isPresent()
                || ctx.pairedUpScript().isEmpty()) {
            return;
        }
        SqlScript up = ctx.pairedUpScript().get();
        for (Statement s : ctx.script().statements()) {
            if (s.kind() == StatementKind.DROP_TABLE) {
                for (ObjectRef table : s.objects()) {
                    if (table.type() == ObjectType.TABLE && UpEffects.createsTable(up, table)) {
                        ctx.report(s, "Rolling back drops table \"" + table.qualifiedName() + "\" created by the up "
                                        + "migration: rows written to it since are lost",
                                "copy the rows somewhere safe before rolling back if they matter");
                    }
                }
            } else if (s.kind() == StatementKind.ALTER_TABLE && s.table().isPresent()) {
                ObjectRef table = s.table().get();
                for (AlterAction a : s.actions()) {
                    if (a.kind() == AlterActionKind.DROP_COLUMN && a.columnName() != null
                            && UpEffects.addsColumn(up, table, a.columnName())) {
                        ctx.report(s, a, "Rolling back drops column \"" + a.columnName() + "\" of \""
                                        + table.qualifiedName() + "\" added by the up migration: values written to "
                                        + "it since are lost",
                                "copy the column's values somewhere safe before rolling back if they matter");
                    }
                }
            }
        }
    }
}
