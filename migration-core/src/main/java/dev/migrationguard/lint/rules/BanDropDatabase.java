package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;

/** Dropping a database from a migration deletes all of its data. */
@RuleInfo(id = "ban-drop-database", severity = Severity.ERROR, risk = Risk.HIGH,
        summary = "Dropping a database deletes all of its data")
public final class BanDropDatabase extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.DROP_DATABASE) {
            return;
        }
        ObjectRef db = Names.first(s, ObjectType.DATABASE);
        ctx.report(s, "Dropping database " + Names.quoted(db) + " deletes all of its data (exclusive access to the "
                        + "database: every session must be gone)",
                "drop databases by hand after a backup, never from a migration");
    }
}
