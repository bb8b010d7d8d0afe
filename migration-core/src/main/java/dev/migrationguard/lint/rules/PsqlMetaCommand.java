package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.Statement;

/** psql meta-commands are not SQL: a JDBC runner sends them to the server, which rejects them. */
@RuleInfo(id = "psql-meta-command", severity = Severity.ERROR, risk = Risk.MEDIUM, checksDown = true,
        summary = "A psql meta-command (\\connect, \\i, \\set, ...) is not SQL and fails outside psql")
public final class PsqlMetaCommand extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.raw().metaCommand()) {
            String command = s.text().strip().split("\\s+", 2)[0];
            ctx.report(s, "psql meta-command " + command + " is not SQL; migration runners send it to the server, "
                            + "which rejects it",
                    "remove the line, or replace it with the SQL it stands for (SET, a schema-qualified name, "
                            + "the included file's statements)");
        }
    }
}
