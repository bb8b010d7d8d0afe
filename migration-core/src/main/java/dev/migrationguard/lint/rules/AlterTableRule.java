package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;

/** A rule about the actions of {@code ALTER TABLE} on a table that exists before the migration. */
abstract class AlterTableRule extends StatementRule {

    @Override
    protected final void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.ALTER_TABLE) {
            return;
        }
        ObjectRef table = Names.existingTable(s, ctx);
        if (table == null) {
            return;
        }
        for (AlterAction a : s.actions()) {
            if (a != null && a.kind() != null) {
                check(s, a, table, ctx);
            }
        }
    }

    /** Checks one action of an ALTER TABLE on the existing {@code table}. */
    protected abstract void check(Statement s, AlterAction action, ObjectRef table, ScriptContext ctx);
}
