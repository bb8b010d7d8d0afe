package dev.migrationguard.report;

import dev.migrationguard.lint.LintResult;

/** Turns a lint result, or a whole report, into one output format. */
public interface Renderer {

    /** The whole output, ending with a newline. */
    String render(LintResult result);

    /**
     * The whole output of a report: the lint result with what a pull-request report adds (changes against a base, the
     * round trip, migrations edited on the base). Formats that show only findings render the lint result.
     */
    default String render(ReportInput input) {
        return render(input.lint());
    }
}
