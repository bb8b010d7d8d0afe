package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementFlag;
import dev.migrationguard.sql.StatementKind;

/**
 * {@code TRUNCATE ... CASCADE} also empties every table that references the named ones by a foreign key, and the
 * tables referencing those, recursively: tables the statement does not name lose all their rows. Of the truncate
 * family, this rule reports a TRUNCATE with CASCADE (ban-truncate stays quiet there while this rule is on).
 */
@RuleInfo(id = BanTruncateCascade.ID, severity = Severity.ERROR, risk = Risk.HIGH, family = Families.TRUNCATE,
        summary = "TRUNCATE ... CASCADE also empties every table that references the truncated ones")
public final class BanTruncateCascade extends StatementRule {

    static final String ID = "ban-truncate-cascade";

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.TRUNCATE || !s.has(StatementFlag.CASCADE)) {
            return;
        }
        java.util.List<String> tables = new java.util.ArrayList<>();
        for (ObjectRef table : s.objects()) {
            if (table.type() == ObjectType.TABLE && !ctx.createdEarlierInScript(table, s.index())) {
                tables.add(Names.quoted(table));
            }
        }
        if (tables.isEmpty()) {
            return;
        }
        ctx.report(s, "Truncating " + Names.list(tables, 5) + " with CASCADE deletes every row of "
                        + (tables.size() == 1 ? "it" : "them") + " and of every table referencing "
                        + (tables.size() == 1 ? "it" : "them") + " by a foreign key, recursively, including tables "
                        + "the statement does not name (ACCESS EXCLUSIVE lock on each)",
                "name every table to empty and drop CASCADE, so PostgreSQL refuses to truncate a table still "
                        + "referenced; or delete the rows you mean with a WHERE clause");
    }
}
