package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ColumnType;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;

/**
 * ALTER COLUMN ... TYPE rewrites the table and its indexes under an ACCESS EXCLUSIVE lock, unless the old type is
 * known (from an earlier migration or statement) and the change needs no rewrite ({@link ColumnType#rewriteFree}):
 * {@code varchar(n)} to a longer or unbounded {@code varchar} or to {@code text}, {@code numeric(p,s)} to a larger
 * precision with the same scale or to {@code numeric}, and similar. A USING clause counts as a rewrite, unless it
 * only casts the column to the new type ({@code USING (c::text)}, what Liquibase's {@code modifyDataType} writes):
 * PostgreSQL treats that as no USING at all.
 */
@RuleInfo(id = "changing-column-type", severity = Severity.ERROR, risk = Risk.MEDIUM,
        summary = "Changing a column's type rewrites the table and its indexes under an ACCESS EXCLUSIVE lock")
public final class ChangingColumnType extends AlterTableRule {

    @Override
    protected void check(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        if (a.kind() != AlterActionKind.ALTER_COLUMN_TYPE) {
            return;
        }
        ColumnType to = ColumnType.parse(a.dataType());
        String old = ctx.schemaBefore(s.index()).columnType(table, a.columnName()).orElse(null);
        ColumnType from = ColumnType.parse(old);
        boolean using = a.expression() != null && !a.expression().isBlank()
                && !castOfColumn(a.expression(), a.columnName(), to);
        if (!using && ColumnType.rewriteFree(from, to)) {
            return;
        }
        String change = from == null ? "to " + (to == null ? "a new type" : to)
                : "from " + from + " to " + (to == null ? "a new type" : to);
        String certainty = from == null && !using ? " may rewrite" : " rewrites";
        ctx.report(s, a, "Changing the type of column " + Names.quoted(a.columnName()) + " of " + Names.quoted(table)
                        + " " + change + certainty + " the table and its indexes (ACCESS EXCLUSIVE lock on "
                        + Names.plain(table) + ")",
                "add a column of the new type, write both, backfill in batches, then switch reads and drop the old "
                        + "column");
    }

    /** True when {@code expression} is the column itself cast to {@code to}: {@code (c::text)}, {@code "c"::text}. */
    static boolean castOfColumn(String expression, String column, ColumnType to) {
        String e = expression.strip();
        while (e.startsWith("(") && e.endsWith(")")) {
            e = e.substring(1, e.length() - 1).strip();
        }
        int cast = e.indexOf("::");
        if (cast < 0 || to == null || column == null) {
            return false;
        }
        String name = e.substring(0, cast).strip();
        if (name.startsWith("\"") && name.endsWith("\"") && name.length() > 1) {
            name = name.substring(1, name.length() - 1);
        } else {
            name = name.toLowerCase(java.util.Locale.ROOT);
        }
        return name.equals(column) && to.equals(ColumnType.parse(e.substring(cast + 2).strip()));
    }
}
