package dev.migrationguard.db;

/**
 * What happened to one migration in a run.
 *
 * @param version     the version, or null for a repeatable migration
 * @param description its description
 * @param script      the file
 * @param action      applied, rolled back, baselined, failed...
 * @param millis      how long it ran
 * @param ok          false when it failed
 */
public record StepResult(String version, String description, String script, String action, long millis,
                         boolean ok) {
}
