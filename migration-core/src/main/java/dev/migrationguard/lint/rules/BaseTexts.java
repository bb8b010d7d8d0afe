package dev.migrationguard.lint.rules;

import dev.migrationguard.naming.BaseComparison;
import dev.migrationguard.naming.Migration;

/** Wording the rules that compare with a base revision share. */
final class BaseTexts {

    private BaseTexts() {
    }

    /** How a message about {@code from} names {@code other}: within the location when they share it. */
    static String shown(Migration from, Migration other) {
        return other.up().file().location().equals(from.up().file().location()) ? other.up().file().relativePath()
                : other.up().displayPath();
    }

    /** The command that brings back the base's version of {@code path}. */
    static String restore(BaseComparison base, String path) {
        return "git checkout " + base.baseName() + " -- " + path;
    }
}
