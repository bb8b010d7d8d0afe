package dev.migrationguard.lint;

import java.util.Locale;

/** How much a finding matters to the build. */
public enum Severity {
    INFO, WARNING, ERROR;

    /** Lower-case name as printed and configured: {@code error}, {@code warning}, {@code info}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error|warning|info} (any case); null when unknown. */
    public static Severity parse(String s) {
        for (Severity v : values()) {
            if (v.label().equalsIgnoreCase(s)) {
                return v;
            }
        }
        return null;
    }
}
