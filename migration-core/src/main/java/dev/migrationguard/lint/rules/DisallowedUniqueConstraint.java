package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ConstraintDef;
import dev.migrationguard.sql.ConstraintType;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;

/**
 * ADD CONSTRAINT ... UNIQUE (or ADD COLUMN ... UNIQUE) on an existing table builds the unique index while holding an
 * ACCESS EXCLUSIVE lock. ADD CONSTRAINT ... UNIQUE USING INDEX adopts an index built concurrently and is fine.
 */
@RuleInfo(id = "disallowed-unique-constraint", severity = Severity.ERROR, risk = Risk.MEDIUM,
        summary = "Adding a UNIQUE constraint builds its index under an ACCESS EXCLUSIVE lock")
public final class DisallowedUniqueConstraint extends AlterTableRule {

    @Override
    protected void check(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        ConstraintDef unique = null;
        if (a.kind() == AlterActionKind.ADD_CONSTRAINT && a.constraint() != null
                && a.constraint().type() == ConstraintType.UNIQUE) {
            unique = a.constraint();
        } else if (a.kind() == AlterActionKind.ADD_COLUMN && a.columnDef() != null
                && a.columnDef().hasConstraint(ConstraintType.UNIQUE)) {
            unique = a.columnDef().constraints().stream().filter(c -> c.type() == ConstraintType.UNIQUE)
                    .findFirst().orElse(null);
        }
        if (unique == null || unique.usingIndex() != null) {
            return;
        }
        String name = unique.name() == null ? "" : " " + Names.quoted(unique.name());
        ctx.report(s, a, "Adding UNIQUE constraint" + name + " to " + Names.quoted(table)
                        + " builds its index while holding an ACCESS EXCLUSIVE lock on " + Names.plain(table)
                        + ", blocking reads and writes",
                "create a unique index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING "
                        + "INDEX");
    }
}
