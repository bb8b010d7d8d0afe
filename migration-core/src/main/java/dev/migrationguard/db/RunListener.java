package dev.migrationguard.db;

/** Receives the progress lines of a run (one per migration, then a summary); the plugin sends them to Maven's log. */
@FunctionalInterface
public interface RunListener {

    void line(String line);

    /** Ignores every line. */
    static RunListener silent() {
        return line -> { };
    }
}
