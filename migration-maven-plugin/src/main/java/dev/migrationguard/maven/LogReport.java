package dev.migrationguard.maven;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.report.RenderedLine;
import dev.migrationguard.report.TextRenderer;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints a lint result to the Maven log, whatever report format was chosen (the report goes to a file): each line at
 * the level of its severity (findings and their help at error or warning, notes and the summary at info).
 */
final class LogReport {

    private final Log log;

    LogReport(Log log) {
        this.log = log;
    }

    void print(LintResult result, MigrationGuardConfig config) {
        if (result.summary().files() == 0 && result.findings().isEmpty()) {
            printNothingToLint(result, config);
            return;
        }
        for (RenderedLine line : new TextRenderer().lines(result)) {
            switch (line.level()) {
                case ERROR -> log.error(line.text());
                case WARNING -> log.warn(line.text());
                case INFO -> log.info(line.text());
            }
        }
    }

    /** One line per missing location, or one line saying the locations hold no migration file. */
    private void printNothingToLint(LintResult result, MigrationGuardConfig config) {
        if (result.notes().isEmpty()) {
            log.info("Migration Guard: no migration files in " + String.join(", ", config.locations())
                    + "; nothing to lint");
            return;
        }
        for (String note : result.notes()) {
            log.info("Migration Guard: " + note);
        }
    }
}
