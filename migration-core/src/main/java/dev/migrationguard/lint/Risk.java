package dev.migrationguard.lint;

import java.util.Locale;

/** How likely a change is to hurt production: low, medium or high. */
public enum Risk {
    LOW, MEDIUM, HIGH;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Risk max(Risk other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
