package dev.migrationguard.report;

import dev.migrationguard.lint.Severity;

/**
 * One line of text output with the level it should be logged at (a Maven log prints errors, warnings and infos
 * differently).
 */
public record RenderedLine(Severity level, String text) {
}
