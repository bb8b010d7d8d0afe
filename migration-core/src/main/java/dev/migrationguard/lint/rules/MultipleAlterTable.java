package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Consecutive ALTER TABLE statements on one existing table that could be one statement: each takes the table's lock
 * anew (queueing behind running queries again when it runs outside a transaction) and may scan or rewrite the table
 * on its own, where one ALTER TABLE with comma-separated actions does all in one pass. Only actions PostgreSQL
 * accepts together count: a RENAME, SET SCHEMA, ATTACH or DETACH PARTITION and VALIDATE CONSTRAINT (kept apart on
 * purpose) end a run. In a transaction, where the lock once taken is held until commit, a run is reported only when
 * at least two of its statements read every row (a type change, SET NOT NULL, a validated constraint, a column with a
 * rewriting default or a constraint to check). Reported once per run, at its second statement.
 */
@RuleInfo(id = "multiple-alter-table", severity = Severity.INFO, risk = Risk.LOW,
        summary = "Consecutive ALTER TABLEs of one table that could be one statement: one lock and one pass")
public final class MultipleAlterTable implements Rule {

    private static final Set<dev.migrationguard.sql.AlterActionKind> ALONE = Set.of(
            dev.migrationguard.sql.AlterActionKind.RENAME_COLUMN, dev.migrationguard.sql.AlterActionKind.RENAME_TABLE,
            dev.migrationguard.sql.AlterActionKind.RENAME_CONSTRAINT, dev.migrationguard.sql.AlterActionKind.SET_SCHEMA,
            dev.migrationguard.sql.AlterActionKind.ATTACH_PARTITION,
            dev.migrationguard.sql.AlterActionKind.DETACH_PARTITION,
            dev.migrationguard.sql.AlterActionKind.VALIDATE_CONSTRAINT, dev.migrationguard.sql.AlterActionKind.OTHER);

    @Override
    public void checkScript(ScriptContext ctx) {
        List<Statement> run = new ArrayList<>();
        ObjectRef runTable = null;
        for (Statement s : ctx.script().statements()) {
            ObjectRef table = combinable(s, ctx);
            if (table != null && runTable != null && ScriptContext.sameName(table, runTable)) {
                run.add(s);
                continue;
            }
            report(run, runTable, ctx);
            run = new ArrayList<>();
            runTable = table;
            if (table != null) {
                run.add(s);
            }
        }
        report(run, runTable, ctx);
    }

    private static void report(List<Statement> run, ObjectRef table, ScriptContext ctx) {
        if (run.size() < 2) {
            return;
        }
        // in a transaction the lock, once taken, is held: combining then saves only passes over the table
        boolean inTransaction = ctx.transactions().inTransaction(run.get(0));
        if (inTransaction && run.stream().filter(MultipleAlterTable::readsEveryRow).count() < 2) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Statement s : run) {
            lines.add(String.valueOf(s.line()));
        }
        ctx.report(run.get(1), run.size() + " ALTER TABLE statements in a row on " + Names.quoted(table) + " (lines "
                        + Names.list(lines, 10) + ") "
                        + (inTransaction ? "each scan or rewrite " + Names.plain(table) + " in a pass of their own"
                                : "each queue for the ACCESS EXCLUSIVE lock on " + Names.plain(table) + " anew"),
                "combine them into one ALTER TABLE with the actions separated by commas");
    }

    /**
     * True when the statement reads every row of the table: a type change, SET NOT NULL, a validated constraint
     * added, a column added with a rewriting default or a constraint to check.
     */
    private static boolean readsEveryRow(Statement s) {
        for (AlterAction a : s.actions()) {
            switch (a.kind()) {
                case ALTER_COLUMN_TYPE, SET_NOT_NULL -> {
                    return true;
                }
                case ADD_CONSTRAINT -> {
                    if (a.constraint() != null && !a.constraint().notValid() && a.constraint().usingIndex() == null
                            && a.constraint().type() != dev.migrationguard.sql.ConstraintType.NOT_NULL) {
                        return true;
                    }
                }
                case ADD_COLUMN -> {
                    var c = a.columnDef();
                    if (c != null && (c.generatedStored() || c.identity()
                            || dev.migrationguard.lint.DefaultExpression.of(c.defaultExpr())
                                    != dev.migrationguard.lint.DefaultExpression.Volatility.NON_VOLATILE
                            || c.constraints().stream().anyMatch(k -> k.type()
                                    != dev.migrationguard.sql.ConstraintType.NOT_NULL
                                    // a new column's foreign key is checked only when the column gets a value
                                    && (k.type() != dev.migrationguard.sql.ConstraintType.FOREIGN_KEY
                                            || c.defaultExpr() != null)))) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** The table of an ALTER TABLE on an existing table whose actions all combine with others; else null. */
    private static ObjectRef combinable(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.ALTER_TABLE || s.actions().isEmpty()) {
            return null;
        }
        for (AlterAction a : s.actions()) {
            if (a == null || a.kind() == null || ALONE.contains(a.kind())) {
                return null;
            }
        }
        return Names.existingTable(s, ctx);
    }
}
