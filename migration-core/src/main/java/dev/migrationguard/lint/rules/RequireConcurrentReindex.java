package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.Token;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementFlag;
import dev.migrationguard.sql.StatementKind;

/**
 * REINDEX without CONCURRENTLY blocks writes to the table and reads that use the index while it rebuilds.
 * {@code REINDEX CONCURRENTLY} exists from PostgreSQL 12; the help names the older replacement before that. For
 * {@code REINDEX SYSTEM} and catalog tables, where PostgreSQL refuses CONCURRENTLY, the finding says what the
 * statement blocks and to run it by hand instead.
 */
@RuleInfo(id = RequireConcurrentReindex.ID, severity = Severity.ERROR, risk = Risk.MEDIUM,
        family = Families.LONG_STATEMENT,
        summary = "REINDEX without CONCURRENTLY blocks writes to the table while the index rebuilds")
public final class RequireConcurrentReindex extends StatementRule {

    static final String ID = "require-concurrent-reindex";

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (!reports(s, ctx)) {
            return;
        }
        ObjectRef target = s.objects().isEmpty() ? null : s.objects().get(0);
        if (ofSystemCatalogs(s, target)) {
            ctx.report(s, "Reindexing " + (target == null || target.type() == ObjectType.DATABASE
                            ? "the system catalogs" : Names.quoted(target) + " (a system catalog)")
                            + " locks the catalogs every session reads while the indexes rebuild, blocking new "
                            + "connections and queries; PostgreSQL refuses CONCURRENTLY for system catalogs",
                    "take the REINDEX out of the migrations and run it by hand in a maintenance window");
            return;
        }
        String what = target == null ? "" : " " + target.type().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + " " + Names.quoted(target);
        ctx.report(s, "Reindexing" + what + " without CONCURRENTLY blocks writes to the table and reads that use the "
                        + "index (SHARE lock on the table, ACCESS EXCLUSIVE lock on the index)",
                ctx.config().pgVersion() >= 12
                        ? "use REINDEX CONCURRENTLY, in a migration of its own that runs outside a transaction"
                        : "build a new index with CREATE INDEX CONCURRENTLY, then drop the old one with DROP INDEX "
                                + "CONCURRENTLY, in migrations of their own that run outside a transaction");
    }

    /** {@code REINDEX SYSTEM}, or a REINDEX of a {@code pg_catalog} table or index: no CONCURRENTLY possible. */
    private static boolean ofSystemCatalogs(Statement s, ObjectRef target) {
        if (target != null && "pg_catalog".equals(target.schema())) {
            return true;
        }
        java.util.List<Token> t = s.tokens();
        int i = 1;
        if (i < t.size() && t.get(i).isSymbol("(")) {
            int depth = 0;
            for (; i < t.size(); i++) {
                depth += t.get(i).isSymbol("(") ? 1 : t.get(i).isSymbol(")") ? -1 : 0;
                if (depth == 0) {
                    i++;
                    break;
                }
            }
        }
        return i < t.size() && t.get(i).is("system");
    }

    /** True when this rule reports {@code s}: a blocking REINDEX of something not created earlier in the script. */
    static boolean reports(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.REINDEX || s.has(StatementFlag.CONCURRENTLY)) {
            return false;
        }
        ObjectRef target = s.objects().isEmpty() ? null : s.objects().get(0);
        return target == null || !(ctx.createdEarlierInScript(target, s.index())
                || ctx.objectCreatedEarlierInScript(target.type(), target, s.index()));
    }
}
