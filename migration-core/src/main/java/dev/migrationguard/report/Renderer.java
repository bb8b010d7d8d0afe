package dev.migrationguard.report;

import dev.migrationguard.lint.LintResult;

/** Turns a lint result into one output format. */
public interface Renderer {

    /** The whole output, ending with a newline. */
    String render(LintResult result);
}
