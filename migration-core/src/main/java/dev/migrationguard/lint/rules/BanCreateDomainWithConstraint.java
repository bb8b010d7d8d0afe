package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;

/**
 * CREATE DOMAIN with a CHECK constraint: changing that constraint later (ALTER DOMAIN ... ADD CONSTRAINT) checks
 * every column of every table that uses the domain, and the domain's rules hide from the tables' definitions.
 */
@RuleInfo(id = "ban-create-domain-with-constraint", severity = Severity.WARNING, risk = Risk.LOW,
        summary = "A domain with a CHECK constraint is hard to change later without scanning every table using it")
public final class BanCreateDomainWithConstraint extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.CREATE_DOMAIN || !Names.hasWord(s, "check")) {
            return;
        }
        ctx.report(s, "Domain " + Names.quoted(Names.first(s, ObjectType.DOMAIN)) + " has a CHECK constraint: "
                        + "changing it later scans every table using the domain (SHARE lock on each)",
                "put the CHECK constraint on the table columns instead of the domain");
    }
}
