package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.Severity;

/** A migration file cannot be read as UTF-8 SQL text (binary, wrong encoding, unreadable). Reported by the loader (ScriptLoader) while reading the file; this class carries its metadata. */
@RuleInfo(id = "unreadable-file", severity = Severity.ERROR, risk = Risk.MEDIUM, checksDown = true,
        summary = "A migration file cannot be read as UTF-8 SQL text (binary, wrong encoding, unreadable)")
public final class UnreadableFile implements Rule {
}
