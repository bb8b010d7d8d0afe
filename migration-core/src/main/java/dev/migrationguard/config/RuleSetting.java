package dev.migrationguard.config;

import dev.migrationguard.lint.Severity;
import java.util.Locale;

/** A rule's configured state: a severity, or off. */
public record RuleSetting(Severity severity) {

    public static final RuleSetting OFF = new RuleSetting(null);

    public boolean isOff() {
        return severity == null;
    }

    /** Parses {@code off|error|warning|info}; null when unknown. */
    public static RuleSetting parse(String s) {
        if (s == null) {
            return null;
        }
        if (s.trim().equalsIgnoreCase("off")) {
            return OFF;
        }
        Severity sev = Severity.parse(s.trim());
        return sev == null ? null : new RuleSetting(sev);
    }

    @Override
    public String toString() {
        return isOff() ? "off" : severity.name().toLowerCase(Locale.ROOT);
    }
}
