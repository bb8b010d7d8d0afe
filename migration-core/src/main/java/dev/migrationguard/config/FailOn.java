package dev.migrationguard.config;

import dev.migrationguard.lint.Severity;
import java.util.Locale;

/** The lowest severity that fails the build (or makes the command line exit 1). */
public enum FailOn {
    ERROR, WARNING, INFO, NEVER;

    public boolean fails(Severity severity) {
        return switch (this) {
            case ERROR -> severity == Severity.ERROR;
            case WARNING -> severity != Severity.INFO;
            case INFO -> true;
            case NEVER -> false;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FailOn parse(String s) {
        for (FailOn f : values()) {
            if (f.label().equalsIgnoreCase(s)) {
                return f;
            }
        }
        return null;
    }
}
