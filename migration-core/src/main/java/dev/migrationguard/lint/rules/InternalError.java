package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.Severity;

/** A rule failed on a file; the file's other rules still ran. Reported by the engine when a rule throws; this class carries its metadata. */
@RuleInfo(id = "internal-error", severity = Severity.WARNING, risk = Risk.LOW, checksDown = true,
        summary = "A rule failed on a file; the file's other rules still ran")
public final class InternalError implements Rule {
}
