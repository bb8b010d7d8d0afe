package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.lint.TransactionModel;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;

/**
 * VALIDATE CONSTRAINT in the same transaction as the ADD CONSTRAINT ... NOT VALID that created it: the transaction
 * still holds the strong lock of the ADD while the validation scans the table, so NOT VALID gained nothing.
 */
@RuleInfo(id = "not-valid-validate-same-transaction", severity = Severity.ERROR, risk = Risk.MEDIUM,
        summary = "Validating a NOT VALID constraint in the same transaction keeps the ADD's lock during the scan")
public final class NotValidValidateSameTransaction extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.ALTER_TABLE) {
            return;
        }
        ObjectRef table = s.table().orElse(null);
        TransactionModel tx = null;
        for (AlterAction a : s.actions()) {
            if (a.kind() != AlterActionKind.VALIDATE_CONSTRAINT || a.name() == null) {
                continue;
            }
            if (tx == null) {
                tx = ctx.transactions();
            }
            Statement added = addedNotValid(ctx, s, table, a.name());
            if (added != null && (added.index() == s.index() || tx.sameTransaction(added, s))) {
                ctx.report(s, a, "Validating constraint " + Names.quoted(a.name()) + " of " + Names.quoted(table)
                                + " in the transaction that added it NOT VALID keeps that ADD's lock on "
                                + Names.plain(table) + " while every row is checked",
                        "validate the constraint in a later migration, so the ADD's lock is released first");
            }
        }
    }

    private static Statement addedNotValid(ScriptContext ctx, Statement validate, ObjectRef table, String name) {
        for (Statement s : ctx.script().statements()) {
            if (s.index() > validate.index()) {
                break;
            }
            if (s.kind() != StatementKind.ALTER_TABLE || table == null
                    || !s.table().filter(t -> ScriptContext.sameName(t, table)).isPresent()) {
                continue;
            }
            for (AlterAction a : s.actions()) {
                if (a.kind() == AlterActionKind.ADD_CONSTRAINT && a.constraint() != null
                        && a.constraint().notValid() && name.equals(a.constraint().name())) {
                    return s;
                }
            }
        }
        return null;
    }
}
