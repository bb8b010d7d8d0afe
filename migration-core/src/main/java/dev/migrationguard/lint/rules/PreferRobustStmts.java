package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementFlag;
import dev.migrationguard.sql.StatementKind;
import java.util.Set;

/**
 * Off by default. A statement that runs outside a transaction (so a failure half-way leaves the earlier statements
 * applied) and cannot be run again: CREATE without IF NOT EXISTS, DROP without IF EXISTS, ADD/DROP COLUMN and DROP
 * CONSTRAINT without their IF [NOT] EXISTS. Statements inside a transaction roll back together and are not reported;
 * neither are an unnamed CREATE INDEX (IF NOT EXISTS needs a name) and temporary tables and sequences (they end
 * with the session, so a retry starts without them).
 */
@RuleInfo(id = "prefer-robust-stmts", severity = Severity.WARNING, risk = Risk.LOW, enabledByDefault = false,
        summary = "Outside a transaction, use IF [NOT] EXISTS so a failed migration can be run again")
public final class PreferRobustStmts extends StatementRule {

    private static final Set<StatementKind> CREATE_IF_NOT_EXISTS = Set.of(StatementKind.CREATE_TABLE,
            StatementKind.CREATE_TABLE_AS, StatementKind.CREATE_INDEX, StatementKind.CREATE_SEQUENCE,
            StatementKind.CREATE_SCHEMA, StatementKind.CREATE_EXTENSION, StatementKind.CREATE_MATERIALIZED_VIEW,
            StatementKind.CREATE_FOREIGN_TABLE, StatementKind.CREATE_STATISTICS);

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        String fix = fix(s);
        if (fix == null || ctx.transactions().inTransaction(s)) {
            return;
        }
        ObjectRef target = s.objects().isEmpty() ? null : s.objects().get(0);
        ctx.report(s, "Statement on " + Names.quoted(target) + " runs outside a transaction and fails if run again "
                        + "after a partial failure (" + fix + " missing)",
                "add " + fix + " so the migration can be retried");
    }

    private static String fix(Statement s) {
        StatementKind k = s.kind();
        if (k == StatementKind.CREATE_INDEX && s.classification().first(ObjectType.INDEX).isEmpty()) {
            return null; // an unnamed index: PostgreSQL has no name to test, IF NOT EXISTS needs one
        }
        if ((k == StatementKind.CREATE_TABLE || k == StatementKind.CREATE_TABLE_AS
                || k == StatementKind.CREATE_SEQUENCE) && s.has(StatementFlag.TEMPORARY)) {
            return null; // a temporary object ends with the session: a retry starts without it
        }
        if (CREATE_IF_NOT_EXISTS.contains(k)) {
            return s.has(StatementFlag.IF_NOT_EXISTS) ? null : "IF NOT EXISTS";
        }
        if (k.isDrop() && k != StatementKind.DROP_OWNED) {
            return s.has(StatementFlag.IF_EXISTS) ? null : "IF EXISTS";
        }
        if (k == StatementKind.ALTER_TABLE) {
            for (AlterAction a : s.actions()) {
                switch (a.kind()) {
                    case ADD_COLUMN -> {
                        if (!a.ifExists()) {
                            return "ADD COLUMN IF NOT EXISTS";
                        }
                    }
                    case DROP_COLUMN, DROP_CONSTRAINT -> {
                        if (!a.ifExists()) {
                            return a.kind() == dev.migrationguard.sql.AlterActionKind.DROP_COLUMN
                                    ? "DROP COLUMN IF EXISTS" : "DROP CONSTRAINT IF EXISTS";
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return null;
    }
}
