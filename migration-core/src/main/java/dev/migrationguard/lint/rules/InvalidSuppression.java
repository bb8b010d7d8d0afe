package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.Severity;

/** A migration-guard comment is malformed, names an unknown rule, or gives no reason. Reported by the engine (Suppressions) after the other rules ran; this class carries its metadata. */
@RuleInfo(id = "invalid-suppression", severity = Severity.ERROR, risk = Risk.LOW, checksDown = true,
        summary = "A migration-guard comment is malformed, names an unknown rule, or gives no reason")
public final class InvalidSuppression implements Rule {
}
