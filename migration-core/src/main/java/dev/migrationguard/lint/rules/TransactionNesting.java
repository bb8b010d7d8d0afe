package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.lint.TransactionModel;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;

/**
 * BEGIN, COMMIT or ROLLBACK inside a migration the runner already wraps in a transaction: BEGIN only warns, but COMMIT
 * ends the runner's transaction early, so a later failure leaves the migration half applied and unrecorded.
 */
@RuleInfo(id = TransactionNesting.ID, severity = Severity.ERROR, risk = Risk.MEDIUM,
        family = Families.TRANSACTION_CONTROL,
        summary = "BEGIN/COMMIT inside a migration the runner wraps in a transaction")
public final class TransactionNesting extends StatementRule {

    static final String ID = "transaction-nesting";

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        boolean begin = s.kind() == StatementKind.BEGIN;
        if (!begin && !TransactionModel.endsTransaction(s)) {
            return;
        }
        if (!ctx.transactions().wrapped()) {
            return;
        }
        String word = s.tokens().isEmpty() ? s.kind().name() : s.tokens().get(0).text().toUpperCase(java.util.Locale.ROOT);
        ctx.report(s, word + " inside a migration the runner already runs in a transaction "
                        + (begin ? "does not start a new one" : "ends the runner's transaction early")
                        + ": a later failure leaves the migration half applied",
                "remove BEGIN/COMMIT and let the runner's transaction wrap the migration");
    }
}
