package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ConstraintType;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;

/**
 * ADD PRIMARY KEY on an existing table builds its unique index (and sets NOT NULL on its columns, a scan) under an
 * ACCESS EXCLUSIVE lock. ADD CONSTRAINT ... PRIMARY KEY USING INDEX adopts an index built concurrently.
 */
@RuleInfo(id = "adding-primary-key-constraint", severity = Severity.ERROR, risk = Risk.MEDIUM,
        summary = "Adding a primary key to an existing table builds its index under an ACCESS EXCLUSIVE lock")
public final class AddingPrimaryKeyConstraint extends AlterTableRule {

    @Override
    protected void check(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        if (a.kind() != AlterActionKind.ADD_CONSTRAINT || a.constraint() == null
                || a.constraint().type() != ConstraintType.PRIMARY_KEY || a.constraint().usingIndex() != null) {
            return;
        }
        ctx.report(s, a, "Adding a primary key to " + Names.quoted(table) + " builds its index and checks NOT NULL "
                        + "while holding an ACCESS EXCLUSIVE lock on " + Names.plain(table)
                        + ", blocking reads and writes",
                "create a unique index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... PRIMARY KEY "
                        + "USING INDEX");
    }
}
