package dev.migrationguard.maven;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.risk.LockTarget;
import dev.migrationguard.report.ChangeKind;
import dev.migrationguard.report.MigrationEntry;
import dev.migrationguard.report.RenderOptions;
import dev.migrationguard.report.RenderedLine;
import dev.migrationguard.report.ReportInput;
import dev.migrationguard.report.ReportModel;
import dev.migrationguard.report.TextRenderer;
import dev.migrationguard.sql.LockLevel;
import dev.migrationguard.sql.TableLock;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints a lint result to the Maven log, whatever report format was chosen (the report goes to a file): each line at
 * the level of its severity (findings and their help at error or warning, notes and the summary at info). A
 * pull-request report is printed as its headline and one line per migration it shows.
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
        RenderOptions options = RenderOptions.of(config, false).withExplainCommand(RenderOptions.MAVEN_EXPLAIN);
        for (RenderedLine line : new TextRenderer(options).lines(result)) {
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

    /**
     * The report's notes, its headline and one line per migration it shows, e.g.
     * {@code   added    src/main/resources/db/migration/V4__index.sql: high risk, SHARE on users, reversible no (no
     * down migration), 1 warning}; a migration also edited on the base is a warning.
     */
    void printReport(ReportModel model) {
        ReportInput input = model.input();
        for (String note : input.lint().notes()) {
            log.info("note: " + note);
        }
        if (input.note() != null) {
            log.warn("Migration Guard: " + input.note());
        }
        StringBuilder headline = new StringBuilder("Migration Guard: ").append(model.highestRisk().label())
                .append(" risk; ").append(migrations(model)).append("; ")
                .append(counts(model.shownFindings(Severity.ERROR), model.shownFindings(Severity.WARNING),
                        model.shownFindings(Severity.INFO)));
        if (input.comparesWithBase()) {
            headline.append("; compared with ").append(input.base()).append(": ")
                    .append(model.changes(ChangeKind.ADDED)).append(" added, ")
                    .append(model.changes(ChangeKind.CHANGED)).append(" changed, ")
                    .append(model.changes(ChangeKind.DELETED)).append(" deleted");
        }
        log.info(headline);
        if (model.shown().isEmpty()) {
            log.info(input.comparesWithBase() ? "  this change touches no migration" : "  no migration was read");
        }
        for (MigrationEntry e : model.shown()) {
            String line = migrationLine(e, input.comparesWithBase());
            if (e.editedOnBase()) {
                log.warn(line + "; also edited on " + input.base() + ": agree on one version with it");
            } else {
                log.info(line);
            }
        }
    }

    /** {@code   changed  path: high risk, ACCESS EXCLUSIVE on users, reversible yes, 1 error}. */
    static String migrationLine(MigrationEntry e, boolean changes) {
        StringBuilder b = new StringBuilder("  ");
        if (changes) {
            String change = e.change() == null ? "" : e.change().label();
            b.append(change).append(" ".repeat(Math.max(1, 9 - change.length())));
        }
        b.append(e.path());
        if (e.change() == ChangeKind.DELETED && e.up() == null) {
            return b.toString();
        }
        return b.append(": ").append(e.risk().label()).append(" risk, ").append(lock(e.lock()))
                .append(", reversible ").append(e.reversible().status().label())
                .append(e.reversible().reason().isEmpty() ? "" : " (" + e.reversible().reason() + ")")
                .append(", ").append(e.findings().isEmpty() ? "no findings" : e.findingCounts()).toString();
    }

    private static String migrations(ReportModel model) {
        int high = model.migrationsWithRisk(Risk.HIGH);
        int medium = model.migrationsWithRisk(Risk.MEDIUM);
        int low = model.migrationsWithRisk(Risk.LOW);
        int all = high + medium + low;
        return all + (all == 1 ? " migration" : " migrations") + " (" + high + " high, " + medium + " medium, " + low
                + " low risk)";
    }

    private static String counts(int errors, int warnings, int infos) {
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning, " : " warnings, ") + infos + (infos == 1 ? " info" : " infos");
    }

    private static String lock(TableLock lock) {
        if (lock == null || lock.level() == LockLevel.NONE) {
            return "no table lock";
        }
        return lock.level().sqlName() + (lock.on() == null ? "" : " on " + LockTarget.name(lock));
    }
}
