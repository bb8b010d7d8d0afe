package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.NamingProblem;

/** A down (or undo) migration has no up migration of the same version and name. */
@RuleInfo(id = "orphan-down-migration", severity = Severity.ERROR, risk = Risk.LOW, checksDown = true,
        summary = "A down (or undo) migration has no up migration of the same version and name")
public final class OrphanDownMigration extends NamingProblemRule {

    public OrphanDownMigration() {
        super(NamingProblem.Type.ORPHAN_DOWN);
    }
}
