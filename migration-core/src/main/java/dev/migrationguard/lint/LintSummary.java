package dev.migrationguard.lint;

import dev.migrationguard.config.FailOn;

/**
 * Counts of one lint run.
 *
 * @param files              files read (a file with an up and a down section counts once)
 * @param statements         statements seen
 * @param statementsParsed   statements JSqlParser parsed (status AST)
 * @param statementsFallback statements only the token classifier understood
 * @param statementsUnknown  statements nothing understood
 * @param errors             error findings
 * @param warnings           warning findings
 * @param infos              info findings
 * @param failOn             the severity the run fails at, for the summary to say when errors do not fail it
 */
public record LintSummary(int files, int statements, int statementsParsed, int statementsFallback,
                          int statementsUnknown, int errors, int warnings, int infos, FailOn failOn) {

    /** Counts of a run that fails on errors (the default). */
    public LintSummary(int files, int statements, int statementsParsed, int statementsFallback,
                       int statementsUnknown, int errors, int warnings, int infos) {
        this(files, statements, statementsParsed, statementsFallback, statementsUnknown, errors, warnings, infos,
                FailOn.ERROR);
    }

    /** Share of statements with a known kind, in percent (100 when there are none). */
    public double coveragePercent() {
        return statements == 0 ? 100.0 : 100.0 * (statements - statementsUnknown) / statements;
    }
}
