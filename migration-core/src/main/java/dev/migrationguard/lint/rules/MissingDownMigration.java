package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.NamingProblem;

/** An up migration has no down migration where the naming scheme pairs them. */
@RuleInfo(id = "missing-down-migration", severity = Severity.ERROR, risk = Risk.MEDIUM, checksDown = true,
        summary = "An up migration has no down migration where the naming scheme pairs them")
public final class MissingDownMigration extends NamingProblemRule {

    public MissingDownMigration() {
        super(NamingProblem.Type.MISSING_DOWN);
    }
}
