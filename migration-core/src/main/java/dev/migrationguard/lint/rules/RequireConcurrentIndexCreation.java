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
@RuleInfo(id = "require-concurrent-index-creation", severity = Severity.ERROR, risk = Risk.MEDIUM,
        summary = "CREATE INDEX without CONCURRENTLY blocks writes to the table while the index builds")
public final class RequireConcurrentIndexCreation extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.CREATE_INDEX || s.has(StatementFlag.CONCURRENTLY)) {
            return;
        }
        ObjectRef table = s.table().orElse(null);
        if (table == null || ctx.createdEarlierInScript(table, s.index())) {
            return;
        }
        String index = s.classification().first(ObjectType.INDEX).map(ObjectRef::qualifiedName)
                .orElse("(unnamed)");
        ctx.report(s, "Creating index " + index + " without CONCURRENTLY takes a SHARE lock on \""
                        + table.qualifiedName() + "\" that blocks INSERT, UPDATE and DELETE until the build ends",
                "use CREATE INDEX CONCURRENTLY, in a migration of its own that runs outside a transaction");
    }
}
