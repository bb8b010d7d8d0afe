package dev.migrationguard.config;

/**
 * A mistake in the configuration: an unknown key or a bad value.
 *
 * @param file    the configuration file (or {@code parameter} for a mojo parameter / command-line option)
 * @param line    1-based line, 0 when not from a file
 * @param key     the key, dotted for nested ones ({@code rules.ban-drop-column})
 * @param message what is wrong and what is allowed
 */
public record ConfigProblem(String file, int line, String key, String message) {

    @Override
    public String toString() {
        return (line > 0 ? file + ":" + line + ": " : file + ": ") + key + ": " + message;
    }
}
