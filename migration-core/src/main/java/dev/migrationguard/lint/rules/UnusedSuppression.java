package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.Severity;

/** A suppression comment suppresses no finding. Reported by the engine (Suppressions) after the other rules ran; this class carries its metadata. */
@RuleInfo(id = "unused-suppression", severity = Severity.WARNING, risk = Risk.LOW, checksDown = true,
        summary = "A suppression comment suppresses no finding")
public final class UnusedSuppression implements Rule {
}
