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

/** CREATE INDEX without CONCURRENTLY holds a SHARE lock that blocks writes for the whole build. */
@RuleInfo(id = RequireConcurrentIndexCreation.ID, severity = Severity.ERROR, risk = Risk.MEDIUM,
        family = Families.LONG_STATEMENT,
        summary = "CREATE INDEX without CONCURRENTLY blocks writes to the table while the index builds")
public final class RequireConcurrentIndexCreation extends StatementRule {

    static final String ID = "require-concurrent-index-creation";

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (!reports(s, ctx)) {
            return;
        }
        ObjectRef table = s.table().orElseThrow();
        String index = s.classification().first(ObjectType.INDEX).map(ObjectRef::qualifiedName)
                .orElse("(unnamed)");
        ctx.report(s, "Creating index " + index + " without CONCURRENTLY takes a SHARE lock on \""
                        + table.qualifiedName() + "\" that blocks INSERT, UPDATE and DELETE until the build ends",
                "use CREATE INDEX CONCURRENTLY, in a migration of its own that runs outside a transaction");
    }

    /** True when this rule reports {@code s}: a blocking CREATE INDEX on a table not created earlier in the script. */
    static boolean reports(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.CREATE_INDEX || s.has(StatementFlag.CONCURRENTLY)) {
            return false;
        }
        ObjectRef table = s.table().orElse(null);
        return table != null && !ctx.createdEarlierInScript(table, s.index());
    }
}
