package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.TransactionModel;
import dev.migrationguard.sql.Statement;

/**
 * A BEGIN that no COMMIT, END or ROLLBACK closes before the end of the script. In a migration the runner wraps in a
 * transaction, the runner's COMMIT closes it, and transaction-nesting (same family) reports that BEGIN instead.
 */
@RuleInfo(id = "ban-uncommitted-transaction", severity = Severity.ERROR, risk = Risk.MEDIUM,
        family = Families.TRANSACTION_CONTROL,
        summary = "A BEGIN without COMMIT leaves the transaction open at the end of the migration")
public final class BanUncommittedTransaction implements Rule {

    @Override
    public void checkScript(ScriptContext ctx) {
        int open = TransactionModel.of(ctx.script(), dev.migrationguard.config.TransactionMode.NONE).unclosedBegin();
        if (open < 0 || ctx.inForce(TransactionNesting.ID) && ctx.transactions().wrapped()) {
            return; // in a migration the runner wraps, transaction-nesting reports the BEGIN: remove it
        }
        for (Statement s : ctx.script().statements()) {
            if (s.index() == open) {
                ctx.report(s, "Transaction opened here is never committed: the migration ends with it open, and its "
                                + "changes and locks depend on what the runner does next",
                        "add COMMIT at the end of the migration, or remove the BEGIN");
                return;
            }
        }
    }
}
