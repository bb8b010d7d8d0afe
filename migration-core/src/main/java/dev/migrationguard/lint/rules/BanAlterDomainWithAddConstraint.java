package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;
import dev.migrationguard.sql.Token;
import java.util.List;

/**
 * {@code ALTER DOMAIN ... ADD CONSTRAINT} checks every value of every column of every table that uses the domain,
 * holding a SHARE lock on each of those tables (writes blocked) for the whole scan. A CHECK added {@code NOT VALID}
 * skips the scan; {@code VALIDATE CONSTRAINT} later checks the rows without blocking writes.
 */
@RuleInfo(id = "ban-alter-domain-with-add-constraint", severity = Severity.WARNING, risk = Risk.MEDIUM,
        summary = "ALTER DOMAIN ... ADD CONSTRAINT scans every table using the domain while blocking their writes")
public final class BanAlterDomainWithAddConstraint extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.ALTER_DOMAIN) {
            return;
        }
        List<Token> t = s.tokens();
        boolean add = false;
        boolean notValid = false;
        boolean check = false;
        for (int i = 0; i < t.size(); i++) {
            add |= t.get(i).is("add");
            check |= t.get(i).is("check");
            notValid |= i + 1 < t.size() && t.get(i).is("not") && t.get(i + 1).is("valid");
        }
        if (!add || notValid) {
            return;
        }
        var domain = Names.first(s, ObjectType.DOMAIN);
        if (domain != null && ctx.objectCreatedEarlierInScript(ObjectType.DOMAIN, domain, s.index())) {
            return;
        }
        ctx.report(s, "Adding a constraint to domain " + Names.quoted(domain) + " checks every column of every table "
                        + "using the domain, holding a SHARE lock on each table (writes blocked) until the scan ends",
                check ? "add the constraint with NOT VALID, then run VALIDATE CONSTRAINT in a later migration"
                        : "put the constraint on the table columns instead, added with NOT VALID and validated later");
    }
}
