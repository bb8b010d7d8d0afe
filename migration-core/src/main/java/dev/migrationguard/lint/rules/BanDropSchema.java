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

/** Dropping a schema deletes (with CASCADE) every table, view and function in it. */
@RuleInfo(id = "ban-drop-schema", severity = Severity.ERROR, risk = Risk.HIGH,
        summary = "Dropping a schema deletes its objects and breaks clients still using them")
public final class BanDropSchema extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.DROP_SCHEMA) {
            return;
        }
        String what = s.has(StatementFlag.CASCADE) ? "deletes every object in it" : "breaks clients that use it";
        for (ObjectRef schema : s.objects()) {
            if (schema.type() != ObjectType.SCHEMA
                    || ctx.objectCreatedEarlierInScript(ObjectType.SCHEMA, schema, s.index())) {
                continue;
            }
            ctx.report(s, "Dropping schema " + Names.quoted(schema) + " " + what
                            + " (ACCESS EXCLUSIVE lock on each table dropped)",
                    "stop using the schema's objects, deploy, then drop it in a later migration after a backup");
        }
    }
}
