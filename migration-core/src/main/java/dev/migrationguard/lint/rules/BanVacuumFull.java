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

/**
 * VACUUM FULL and CLUSTER (and REPACK without CONCURRENTLY) rewrite the whole table while holding an ACCESS
 * EXCLUSIVE lock. From PostgreSQL 19 prefer-repack reports them while it is in force: its help, REPACK
 * (CONCURRENTLY), is the one that keeps the table readable and writable.
 */
@RuleInfo(id = BanVacuumFull.ID, severity = Severity.ERROR, risk = Risk.MEDIUM, family = Families.LONG_STATEMENT,
        summary = "VACUUM FULL and CLUSTER rewrite the table under an ACCESS EXCLUSIVE lock")
public final class BanVacuumFull extends StatementRule {

    static final String ID = "ban-vacuum-full";

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (!reports(s, ctx) || PreferRepack.reports(s, ctx) && ctx.inForce(PreferRepack.ID)) {
            return;
        }
        boolean full = s.kind() == StatementKind.VACUUM;
        ObjectRef table = s.table().orElse(null);
        String what = PreferRepack.isRepack(s) ? "REPACK" : full ? "VACUUM FULL" : "CLUSTER";
        String target = table == null ? "every table it processes" : Names.quoted(table);
        ctx.report(s, what + " of " + target + " rewrites the table while holding an ACCESS EXCLUSIVE lock on "
                        + (table == null ? "each table" : Names.plain(table)) + ", blocking reads and writes",
                "run a plain VACUUM, or rebuild the table online with a tool such as pg_repack outside the migration");
    }

    /** True when this rule reports {@code s}: VACUUM FULL or CLUSTER, not of a table created earlier in the script. */
    static boolean reports(Statement s, ScriptContext ctx) {
        boolean full = s.kind() == StatementKind.VACUUM && s.has(StatementFlag.FULL);
        if (!full && s.kind() != StatementKind.CLUSTER || s.has(StatementFlag.CONCURRENTLY)) {
            return false;
        }
        ObjectRef table = s.table().orElse(null);
        return table == null || !ctx.createdEarlierInScript(table, s.index());
    }
}
