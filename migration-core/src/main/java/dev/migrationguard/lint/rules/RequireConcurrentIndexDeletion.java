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

/** DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index's table. */
@RuleInfo(id = "require-concurrent-index-deletion", severity = Severity.ERROR, risk = Risk.MEDIUM,
        summary = "DROP INDEX without CONCURRENTLY blocks reads and writes of the table while it waits and runs")
public final class RequireConcurrentIndexDeletion extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.DROP_INDEX || s.has(StatementFlag.CONCURRENTLY)) {
            return;
        }
        for (ObjectRef index : s.objects()) {
            if (index.type() != ObjectType.INDEX
                    || ctx.objectCreatedEarlierInScript(ObjectType.INDEX, index, s.index())) {
                continue;
            }
            ctx.report(s, "Dropping index " + index.qualifiedName() + " without CONCURRENTLY takes an ACCESS "
                            + "EXCLUSIVE lock on its table, blocking reads and writes",
                    "use DROP INDEX CONCURRENTLY, in a migration of its own that runs outside a transaction");
        }
    }
}
