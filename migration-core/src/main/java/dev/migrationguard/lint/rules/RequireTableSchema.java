package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;
import dev.migrationguard.sql.Token;
import java.util.List;

/**
 * Off by default. A table named without a schema in {@code CREATE TABLE}, {@code ALTER TABLE} or {@code DROP TABLE}
 * is looked up through {@code search_path}, which can differ between the sessions that run the migrations (a
 * different role, a connection setting), so the statement may act on a table of another schema.
 */
@RuleInfo(id = "require-table-schema", severity = Severity.WARNING, risk = Risk.LOW, enabledByDefault = false,
        summary = "Off by default: a table named without its schema depends on the session's search_path")
public final class RequireTableSchema extends StatementRule {

    private static final java.util.Set<StatementKind> KINDS = java.util.Set.of(StatementKind.CREATE_TABLE,
            StatementKind.CREATE_TABLE_AS, StatementKind.ALTER_TABLE, StatementKind.DROP_TABLE);

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (!KINDS.contains(s.kind()) || s.has(dev.migrationguard.sql.StatementFlag.TEMPORARY)) {
            return;
        }
        for (var table : s.objects()) {
            if (table != null && table.type() == ObjectType.TABLE && table.name() != null && table.schema() == null) {
                ctx.report(s, "Table " + Names.quoted(table) + " is named without a schema: the statement acts on "
                                + "whichever table search_path finds first in the session that runs it",
                        "qualify the table with its schema, e.g. public." + table.name());
            }
        }
    }
}
