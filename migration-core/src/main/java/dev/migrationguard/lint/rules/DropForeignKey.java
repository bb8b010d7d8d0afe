package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.schema.KnownConstraint;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ConstraintType;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * Dropping a foreign key stops PostgreSQL from checking that references exist. A dropped constraint counts as a
 * foreign key when an earlier migration (or statement) created it as one, or, when its origin is not in the set,
 * when its name follows a foreign-key naming convention ({@code *_fkey}, {@code fk_*}, {@code *_fk}).
 */
@RuleInfo(id = "drop-foreign-key", severity = Severity.WARNING, risk = Risk.MEDIUM,
        summary = "Dropping a foreign key lets rows reference rows that do not exist")
public final class DropForeignKey extends AlterTableRule {

    @Override
    protected void check(Statement s, AlterAction a, ObjectRef table, ScriptContext ctx) {
        if (a.kind() != AlterActionKind.DROP_CONSTRAINT || a.name() == null) {
            return;
        }
        Optional<KnownConstraint> known = ctx.schemaBefore(s.index()).constraint(table, a.name());
        boolean foreignKey = known.map(c -> c.type() == ConstraintType.FOREIGN_KEY)
                .orElseGet(() -> foreignKeyName(a.name()));
        if (!foreignKey) {
            return;
        }
        ctx.report(s, a, "Dropping foreign key " + Names.quoted(a.name()) + " of " + Names.quoted(table)
                        + " lets rows reference rows that do not exist (ACCESS EXCLUSIVE lock on "
                        + Names.plain(table) + ")",
                "keep the foreign key, or make sure no code relies on it before dropping it");
    }

    static boolean foreignKeyName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith("_fkey") || n.startsWith("fk_") || n.endsWith("_fk") || n.contains("_fk_");
    }
}
