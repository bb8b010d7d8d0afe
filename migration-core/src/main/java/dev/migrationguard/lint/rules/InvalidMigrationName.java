package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.NamingProblem;

/** A file in a migrations location whose name fits no naming scheme (it would never run, or run out of order). */
@RuleInfo(id = "invalid-migration-name", severity = Severity.ERROR, risk = Risk.LOW, checksDown = true,
        summary = "A file in a migrations location whose name fits no naming scheme (it would never run, or run out of order)")
public final class InvalidMigrationName extends NamingProblemRule {

    public InvalidMigrationName() {
        super(NamingProblem.Type.INVALID_NAME);
    }
}
