package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.NamingProblem;

/** Two migrations share a version: only one of them would run. */
@RuleInfo(id = "duplicate-migration-version", severity = Severity.ERROR, risk = Risk.HIGH, checksDown = true,
        summary = "Two migrations share a version: only one of them would run")
public final class DuplicateMigrationVersion extends NamingProblemRule {

    public DuplicateMigrationVersion() {
        super(NamingProblem.Type.DUPLICATE_VERSION);
    }
}
