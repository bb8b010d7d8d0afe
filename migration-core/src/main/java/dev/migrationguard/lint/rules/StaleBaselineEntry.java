package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.Severity;

/**
 * An entry of the findings baseline matches no finding any more: the problem was fixed (or its statement edited).
 * Raised by the engine while it matches the baseline ({@code lint.Adoption}); this class carries its
 * metadata.
 */
@RuleInfo(id = "stale-baseline-entry", severity = Severity.INFO, risk = Risk.LOW, checksDown = true,
        summary = "An entry of the findings baseline matches no finding any more")
public final class StaleBaselineEntry implements Rule {
}
