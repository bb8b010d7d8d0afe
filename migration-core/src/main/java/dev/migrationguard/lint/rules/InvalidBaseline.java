package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.Severity;

/**
 * The findings baseline cannot be read (not JSON, an entry without rule, file or fingerprint) or written. Raised by
 * the engine ({@code lint.Adoption}); the lint goes on without the baseline. This class carries its
 * metadata.
 */
@RuleInfo(id = "invalid-baseline", severity = Severity.ERROR, risk = Risk.LOW, checksDown = true,
        summary = "The findings baseline cannot be read or written")
public final class InvalidBaseline implements Rule {
}
