package dev.migrationguard.lint;

import dev.migrationguard.config.TransactionMode;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.SqlScript;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementFlag;
import dev.migrationguard.sql.StatementKind;
import java.util.List;

/**
 * Which statements of a script run inside a transaction, and which share one.
 *
 * <p>With {@link TransactionMode#PER_MIGRATION} the runner wraps the script in one transaction, except when every
 * statement is one PostgreSQL refuses inside a transaction block ({@code CREATE/DROP INDEX CONCURRENTLY},
 * {@code REINDEX CONCURRENTLY}, {@code DETACH PARTITION ... CONCURRENTLY}, {@code VACUUM}, {@code CREATE/DROP
 * DATABASE}, {@code ALTER SYSTEM}, {@code CREATE/DROP TABLESPACE}) or a session setting ({@code SET}, {@code RESET},
 * {@code SHOW}): such a script runs statement by statement in autocommit. With {@link TransactionMode#NONE} each
 * statement commits on its own. In both modes an explicit {@code BEGIN} opens a transaction that lasts until
 * {@code COMMIT}, {@code ROLLBACK} or {@code END}; a {@code COMMIT} inside a wrapped script ends the runner's
 * transaction, and the statements after it run in autocommit.
 */
public final class TransactionModel {

    /** Transaction number of each statement by index; -1 for autocommit. */
    private final int[] transactionOf;
    private final boolean wrapped;
    private final int unclosedBegin;

    private TransactionModel(int[] transactionOf, boolean wrapped, int unclosedBegin) {
        this.transactionOf = transactionOf;
        this.wrapped = wrapped;
        this.unclosedBegin = unclosedBegin;
    }

    /** The transaction layout of {@code script} under {@code mode}. */
    public static TransactionModel of(SqlScript script, TransactionMode mode) {
        List<Statement> statements = script.statements();
        boolean wrapped = mode == TransactionMode.PER_MIGRATION && !autocommitOnly(statements);
        int max = 0;
        for (Statement s : statements) {
            max = Math.max(max, s.index() + 1);
        }
        int[] of = new int[max];
        java.util.Arrays.fill(of, -1);
        int current = wrapped ? 0 : -1;
        int next = 1;
        int openBegin = -1;
        for (Statement s : statements) {
            if (s.kind() == StatementKind.BEGIN) {
                if (current < 0) {
                    current = next++;
                }
                openBegin = s.index();
                of[s.index()] = current;
            } else if (endsTransaction(s)) {
                of[s.index()] = current;
                current = -1;
                openBegin = -1;
            } else {
                of[s.index()] = current;
            }
        }
        return new TransactionModel(of, wrapped, openBegin);
    }

    /** True when the runner wraps the whole script in one transaction. */
    public boolean wrapped() {
        return wrapped;
    }

    /** True when {@code s} runs inside a transaction block (the runner's or an explicit one). */
    public boolean inTransaction(Statement s) {
        return transactionOf(s) >= 0;
    }

    /** The number of the transaction {@code s} runs in, or -1 when it runs in autocommit. */
    public int transactionOf(Statement s) {
        int i = s.index();
        return i >= 0 && i < transactionOf.length ? transactionOf[i] : -1;
    }

    /** True when {@code a} and {@code b} run in the same transaction. */
    public boolean sameTransaction(Statement a, Statement b) {
        int ta = transactionOf(a);
        return ta >= 0 && ta == transactionOf(b);
    }

    /** Index of a {@code BEGIN} that no {@code COMMIT}/{@code ROLLBACK} closes, or -1. */
    public int unclosedBegin() {
        return unclosedBegin;
    }

    /** COMMIT, END, ROLLBACK (not ROLLBACK TO SAVEPOINT), ABORT. */
    public static boolean endsTransaction(Statement s) {
        if (s.kind() == StatementKind.COMMIT) {
            return true;
        }
        if (s.kind() != StatementKind.ROLLBACK) {
            return false;
        }
        return s.tokens().stream().noneMatch(t -> t.is("to"));
    }

    /** True when PostgreSQL refuses to run {@code s} inside a transaction block. */
    public static boolean cannotRunInTransaction(Statement s) {
        return switch (s.kind()) {
            case CREATE_INDEX, DROP_INDEX, REINDEX -> s.has(StatementFlag.CONCURRENTLY);
            case VACUUM, CREATE_DATABASE, DROP_DATABASE, ALTER_SYSTEM, CREATE_TABLESPACE -> true;
            case ALTER_TABLE -> s.actions().stream().anyMatch(TransactionModel::concurrentDetach);
            case DROP_OTHER -> s.tokens().size() > 1 && s.tokens().get(1).is("tablespace");
            default -> false;
        };
    }

    private static boolean concurrentDetach(AlterAction a) {
        return a.kind() == AlterActionKind.DETACH_PARTITION && a.concurrently();
    }

    private static boolean autocommitOnly(List<Statement> statements) {
        boolean any = false;
        for (Statement s : statements) {
            if (cannotRunInTransaction(s)) {
                any = true;
            } else if (!isSessionSetting(s)) {
                return false;
            }
        }
        return any;
    }

    /** SET, RESET, SHOW: statements that do not decide whether the runner needs a transaction. */
    public static boolean isSessionSetting(Statement s) {
        return s.kind() == StatementKind.SET || s.kind() == StatementKind.RESET || s.kind() == StatementKind.SHOW;
    }
}
