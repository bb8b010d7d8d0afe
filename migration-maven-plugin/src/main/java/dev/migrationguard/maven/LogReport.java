package dev.migrationguard.maven;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.report.RenderedLine;
import dev.migrationguard.report.Renderers;
import dev.migrationguard.report.TextRenderer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints a lint result to the Maven log: in text format each line at the level of its severity (findings at error
 * or warning, the summary at info), in JSON format the whole document as one info block.
 */
final class LogReport {

    private final Log log;

    LogReport(Log log) {
        this.log = log;
    }

    void print(LintResult result, MigrationGuardConfig config) {
        for (String note : result.notes()) {
            log.info("Migration Guard: " + note);
        }
        if (result.summary().files() == 0 && result.findings().isEmpty()) {
            if (result.notes().isEmpty()) {
                log.info("Migration Guard: no migration files in " + String.join(", ", config.locations())
                        + "; nothing to lint");
            }
            return;
        }
        if (config.format().equals("json")) {
            log.info(json(result, config));
        } else {
            for (RenderedLine line : TextRenderer.lines(result)) {
                switch (line.level()) {
                    case ERROR -> log.error(line.text());
                    case WARNING -> log.warn(line.text());
                    case INFO -> log.info(line.text());
                }
            }
        }
    }

    private static String json(LintResult result, MigrationGuardConfig config) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Renderers.forFormat("json").render(result, config, out);
        }
        return bytes.toString(StandardCharsets.UTF_8).stripTrailing();
    }
}
