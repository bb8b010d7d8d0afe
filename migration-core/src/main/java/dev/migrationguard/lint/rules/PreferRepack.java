package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;

/**
 * From PostgreSQL 19 ({@code db.pgVersion} 19 or later): VACUUM FULL, CLUSTER and REPACK without CONCURRENTLY
 * rewrite the table under an ACCESS EXCLUSIVE lock; {@code REPACK (CONCURRENTLY)} rewrites it while reads and writes
 * go on. Of the long-statement family, this rule reports those statements from PostgreSQL 19 (ban-vacuum-full stays
 * quiet there while this rule is on); before 19 it is silent and ban-vacuum-full reports them.
 */
@RuleInfo(id = PreferRepack.ID, severity = Severity.ERROR, risk = Risk.MEDIUM, family = Families.LONG_STATEMENT,
        summary = "From PostgreSQL 19: use REPACK (CONCURRENTLY) instead of VACUUM FULL or CLUSTER")
public final class PreferRepack extends StatementRule {

    static final String ID = "prefer-repack";

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (!reports(s, ctx)) {
            return;
        }
        ObjectRef table = s.table().orElse(null);
        boolean ordered = s.kind() == dev.migrationguard.sql.StatementKind.CLUSTER;
        String what = isRepack(s) ? "REPACK without CONCURRENTLY" : ordered ? "CLUSTER" : "VACUUM FULL";
        ctx.report(s, what + " of " + (table == null ? "every table it processes" : Names.quoted(table))
                        + " rewrites the table while holding an ACCESS EXCLUSIVE lock on "
                        + (table == null ? "each table" : Names.plain(table)) + ", blocking reads and writes",
                "use REPACK (CONCURRENTLY) " + (table == null ? "table" : table.qualifiedName())
                        + (ordered ? " USING INDEX ..." : "")
                        + ", in a migration of its own that runs outside a transaction");
    }

    /** True when this rule reports {@code s}: from PostgreSQL 19, a blocking rewrite ban-vacuum-full would report. */
    static boolean reports(Statement s, ScriptContext ctx) {
        return ctx.config().pgVersion() >= 19 && BanVacuumFull.reports(s, ctx);
    }

    /** True for a REPACK statement (classified as the VACUUM FULL or CLUSTER it replaces). */
    static boolean isRepack(Statement s) {
        return !s.tokens().isEmpty() && s.tokens().get(0).is("repack");
    }
}
