package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.LockLevel;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;
import dev.migrationguard.sql.TableLock;

/** LOCK TABLE holds an explicit lock until the migration's transaction ends. */
@RuleInfo(id = "ban-lock-table", severity = Severity.WARNING, risk = Risk.MEDIUM,
        summary = "LOCK TABLE holds a lock on the table until the migration commits")
public final class BanLockTable extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.LOCK_TABLE) {
            return;
        }
        LockLevel level = s.classification().strongestLock();
        if (level == LockLevel.NONE) {
            level = LockLevel.ACCESS_EXCLUSIVE;
        }
        for (ObjectRef table : s.objects()) {
            if (table.type() != ObjectType.TABLE || ctx.createdEarlierInScript(table, s.index())) {
                continue;
            }
            LockLevel mode = s.classification().locks().stream()
                    .filter(l -> l.on() != null && ScriptContext.sameName(l.on(), table))
                    .map(TableLock::level).findFirst().orElse(level);
            ctx.report(s, "Locking " + Names.quoted(table) + " holds " + Names.article(mode.sqlName()) + " lock on "
                            + Names.plain(table) + " until the migration commits"
                            + (mode.blocksReads() ? ", blocking reads and writes"
                            : mode.blocksWrites() ? ", blocking writes" : ""),
                    "drop the LOCK TABLE and let each statement take the lock it needs, with a short lock_timeout");
        }
    }
}
