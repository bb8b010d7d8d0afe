package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ColumnType;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ColumnDef;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;

/**
 * A schema design rule about column types: looks at the columns of CREATE TABLE, ADD COLUMN and ALTER COLUMN ...
 * TYPE, and reports each column whose type {@link #problem} objects to: a CREATE TABLE column at its name, so two
 * columns of one table are two places.
 */
abstract class ColumnTypeRule extends StatementRule {

    @Override
    protected final void check(Statement s, ScriptContext ctx) {
        ObjectRef table = s.table().orElse(null);
        if (s.kind() == StatementKind.CREATE_TABLE) {
            for (ColumnDef c : s.classification().columns()) {
                ColumnType type = ColumnType.parse(c.dataType());
                String problem = type == null ? null : problem(type, ctx);
                if (problem != null && c.line() > 0) {
                    ctx.report(s, c.line(), c.column(), message(c.name(), table, c.dataType(), problem),
                            help(type, ctx));
                } else if (problem != null) {
                    ctx.report(s, message(c.name(), table, c.dataType(), problem), help(type, ctx));
                }
            }
        } else if (s.kind() == StatementKind.ALTER_TABLE) {
            for (AlterAction a : s.actions()) {
                String name;
                String written;
                if (a.kind() == AlterActionKind.ADD_COLUMN && a.columnDef() != null) {
                    name = a.columnDef().name();
                    written = a.columnDef().dataType();
                } else if (a.kind() == AlterActionKind.ALTER_COLUMN_TYPE) {
                    name = a.columnName();
                    written = a.dataType();
                } else {
                    continue;
                }
                ColumnType type = ColumnType.parse(written);
                String problem = type == null ? null : problem(type, ctx);
                if (problem != null) {
                    ctx.report(s, a, message(name, table, written, problem), help(type, ctx));
                }
            }
        }
    }

    private static String message(String column, ObjectRef table, String written, String problem) {
        return "Column " + Names.quoted(column) + " of " + Names.quoted(table) + " has type " + written + ": "
                + problem;
    }

    /** What is wrong with {@code type}, or null when nothing is. */
    protected abstract String problem(ColumnType type, ScriptContext ctx);

    /** The help sentence for a reported column. */
    protected abstract String help(ColumnType type, ScriptContext ctx);
}
