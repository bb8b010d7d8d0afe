package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.schema.IndexModel;
import dev.migrationguard.schema.KnownConstraint;
import dev.migrationguard.schema.SchemaModel;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ColumnDef;
import dev.migrationguard.sql.ConstraintDef;
import dev.migrationguard.sql.ConstraintType;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A foreign key none of whose referencing columns leads an index: every DELETE or key UPDATE of a referenced row scans the
 * referencing table to find rows that still point at it, holding the row locks meanwhile. The rule asks the schema
 * model, as it stands after the whole script, for the indexes and the primary key and unique constraints the
 * migrations built on the referencing table; it says nothing about a table the migrations did not create (its
 * indexes are not known), nor in a migration without a version (a repeatable one, or a file whose name fits no
 * scheme), whose place in the history is not known. Off by default: it cannot see indexes that later migrations
 * build (the usual way to build one CONCURRENTLY), and on real projects about a quarter of its findings got their
 * index in a later migration (bench/rules-precision.md).
 */
@RuleInfo(id = "foreign-key-without-index", severity = Severity.WARNING, risk = Risk.LOW, enabledByDefault = false,
        summary = "Off by default: a foreign key whose referencing columns have no index, so deletes of referenced rows "
                + "scan the table")
public final class ForeignKeyWithoutIndex extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        ObjectRef table = s.table().orElse(null);
        if (table == null || (s.kind() != StatementKind.CREATE_TABLE && s.kind() != StatementKind.ALTER_TABLE)) {
            return;
        }
        if (ctx.migration().version() == null) {
            return; // a migration outside the version order: which indexes exist when it runs is not known
        }
        SchemaModel after = null;
        if (s.kind() == StatementKind.CREATE_TABLE) {
            for (ColumnDef c : s.classification().columns()) {
                for (ConstraintDef k : c.constraints()) {
                    if (k.type() == ConstraintType.FOREIGN_KEY) {
                        after = after == null ? ctx.schemaBefore(ctx.script().statements().size()) : after;
                        check(s, c.line(), c.column(), null, table, List.of(c.name()), k, after, ctx);
                    }
                }
            }
            for (ConstraintDef k : s.classification().tableConstraints()) {
                if (k.type() == ConstraintType.FOREIGN_KEY) {
                    after = after == null ? ctx.schemaBefore(ctx.script().statements().size()) : after;
                    check(s, 0, 0, null, table, k.columns(), k, after, ctx);
                }
            }
            return;
        }
        for (AlterAction a : s.actions()) {
            if (a == null) {
                continue;
            }
            if (a.kind() == AlterActionKind.ADD_CONSTRAINT && a.constraint() != null
                    && a.constraint().type() == ConstraintType.FOREIGN_KEY) {
                after = after == null ? ctx.schemaBefore(ctx.script().statements().size()) : after;
                check(s, 0, 0, a, table, a.constraint().columns(), a.constraint(), after, ctx);
            } else if (a.kind() == AlterActionKind.ADD_COLUMN && a.columnDef() != null) {
                for (ConstraintDef k : a.columnDef().constraints()) {
                    if (k.type() == ConstraintType.FOREIGN_KEY) {
                        after = after == null ? ctx.schemaBefore(ctx.script().statements().size()) : after;
                        check(s, 0, 0, a, table, List.of(a.columnDef().name()), k, after, ctx);
                    }
                }
            }
        }
    }

    private static void check(Statement s, int line, int column, AlterAction a, ObjectRef table, List<String> columns,
                              ConstraintDef fk, SchemaModel after, ScriptContext ctx) {
        if (columns == null || columns.isEmpty()
                || !after.table(table).map(dev.migrationguard.schema.TableModel::createdByMigrations).orElse(false)
                || covered(after, table, columns)) {
            return;
        }
        String cols = columns.size() == 1 ? "column " + Names.quoted(columns.get(0))
                : "columns " + Names.list(columns.stream().map(Names::quoted).toList(), 5);
        String referenced = fk.referencedTable() == null ? "the referenced table" : Names.quoted(fk.referencedTable());
        String message = "Foreign key on " + cols + " of " + Names.quoted(table) + " has no index on "
                + (columns.size() == 1 ? "that column" : "those columns") + " by the end of this migration: every "
                + "DELETE or key UPDATE on " + referenced + " scans " + Names.quoted(table)
                + " for referencing rows";
        String help = "create an index on " + Names.quoted(table) + " (" + String.join(", ", columns)
                + "), CONCURRENTLY if the table is in use";
        if (a != null) {
            ctx.report(s, a, message, help);
        } else if (line > 0) {
            ctx.report(s, line, column, message, help);
        } else {
            ctx.report(s, message, help);
        }
    }

    /** True when an index, primary key or unique constraint of the table starts with one of these columns. */
    static boolean covered(SchemaModel model, ObjectRef table, List<String> columns) {
        Set<String> wanted = new HashSet<>(columns);
        for (IndexModel i : model.indexesOf(table)) {
            if (leads(i.columns(), wanted)) {
                return true;
            }
        }
        for (KnownConstraint k : model.constraints(table)) {
            if ((k.type() == ConstraintType.PRIMARY_KEY || k.type() == ConstraintType.UNIQUE
                    || k.type() == ConstraintType.EXCLUDE) && leads(k.columns(), wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the index can find the referencing rows without reading the whole table: its first column is one of
     * the foreign key's columns (an index on {@code (a)} serves a key on {@code (a, b)}, less selectively).
     */
    private static boolean leads(List<String> indexed, Set<String> wanted) {
        return indexed != null && !indexed.isEmpty() && wanted.contains(indexed.get(0));
    }
}
