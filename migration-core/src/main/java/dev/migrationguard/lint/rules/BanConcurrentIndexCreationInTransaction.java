package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.lint.TransactionModel;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementFlag;
import dev.migrationguard.sql.StatementKind;

/**
 * A concurrent index build, drop or reindex (or a concurrent partition detach) that would run inside a transaction
 * block, where PostgreSQL refuses it: the migration fails at deploy time. When it runs in a transaction is decided by
 * {@link TransactionModel}: an explicit BEGIN before it, or a runner that wraps each migration in a transaction
 * ({@code transactionMode: per-migration}) and a migration that also holds statements other than concurrent ones
 * and session settings.
 */
@RuleInfo(id = "ban-concurrent-index-creation-in-transaction", severity = Severity.ERROR, risk = Risk.HIGH,
        summary = "CREATE INDEX CONCURRENTLY inside a transaction fails at deploy time")
public final class BanConcurrentIndexCreationInTransaction extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (!TransactionModel.cannotRunInTransaction(s) || !isConcurrent(s)) {
            return;
        }
        TransactionModel tx = ctx.transactions();
        if (!tx.inTransaction(s)) {
            return;
        }
        String why = tx.wrapped() ? "the runner wraps this migration in a transaction because of its other statements"
                : "an explicit BEGIN before it opens a transaction";
        ctx.report(s, statementName(s) + " cannot run inside a transaction block, and " + why
                        + ": the migration fails at deploy time",
                "move the statement into a migration of its own holding only concurrent statements, without "
                        + "BEGIN/COMMIT");
    }

    private static boolean isConcurrent(Statement s) {
        return s.has(StatementFlag.CONCURRENTLY) || s.kind() == StatementKind.ALTER_TABLE;
    }

    private static String statementName(Statement s) {
        return switch (s.kind()) {
            case CREATE_INDEX -> "CREATE INDEX CONCURRENTLY " + Names.quoted(Names.first(s, ObjectType.INDEX));
            case DROP_INDEX -> "DROP INDEX CONCURRENTLY " + Names.quoted(Names.first(s, ObjectType.INDEX));
            case REINDEX -> "REINDEX CONCURRENTLY";
            default -> "DETACH PARTITION CONCURRENTLY on " + Names.quoted(s.table().orElse(null));
        };
    }
}
