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

/** REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks every reader of the view until the refresh ends. */
@RuleInfo(id = "ban-blocking-refresh-materialized-view", severity = Severity.WARNING, risk = Risk.MEDIUM,
        summary = "REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks readers of the view")
public final class BanBlockingRefreshMaterializedView extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.REFRESH_MATERIALIZED_VIEW || s.has(StatementFlag.CONCURRENTLY)) {
            return;
        }
        ObjectRef view = s.objects().isEmpty() ? null : s.objects().get(0);
        if (view != null && (ctx.objectCreatedEarlierInScript(ObjectType.MATERIALIZED_VIEW, view, s.index())
                || ctx.createdEarlierInScript(view, s.index()))) {
            return;
        }
        ctx.report(s, "Refreshing materialized view " + Names.quoted(view) + " without CONCURRENTLY holds an ACCESS "
                        + "EXCLUSIVE lock on " + Names.plain(view) + ", blocking its readers until the refresh ends",
                "give the view a unique index and use REFRESH MATERIALIZED VIEW CONCURRENTLY");
    }
}
