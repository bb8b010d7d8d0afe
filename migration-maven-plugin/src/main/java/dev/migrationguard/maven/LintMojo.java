package dev.migrationguard.maven;

import dev.migrationguard.config.FailOn;
import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.hooks.GitBaseException;
import dev.migrationguard.hooks.GitLint;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.Linter;
import dev.migrationguard.report.RenderOptions;
import dev.migrationguard.report.Renderers;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's migrations, prints the findings, writes the report file of the chosen format, and fails the
 * build when a finding reaches {@code failOn}.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends AbstractReportingMojo {

    /**
     * The lowest severity that fails the build: {@code error}, {@code warning}, {@code info} or {@code never}.
     * Default: error.
     */
    @Parameter(property = "db.failOn")
    private String failOn;

    /**
     * The report written besides the findings printed: {@code text} (none), {@code json}, {@code sarif},
     * {@code markdown} or {@code junit}. Default: text.
     */
    @Parameter(property = "db.format")
    private String format;

    /** Also run the risk rules on down scripts. Default: false. */
    @Parameter(property = "db.lintDown")
    private Boolean lintDown;

    /**
     * The Git ref to compare the migrations with (e.g. {@code origin/main}): a migration on it that was edited or
     * deleted, a new version below its highest, a version taken on both sides. Default: none (no history checks).
     */
    @Parameter(property = "db.base")
    private String base;

    /**
     * Migrations at or below this version are history: read for the schema, never reported (e.g. {@code 2.43},
     * {@code V2_43}, {@code 20240826120919}). Default: none.
     */
    @Parameter(property = "db.since")
    private String since;

    /**
     * Write the findings of this run to the findings baseline ({@code .migration-guard-baseline.json} beside the
     * configuration) and pass; later runs report only findings not in it. Default: false.
     */
    @Parameter(property = "db.updateBaseline")
    private Boolean updateBaseline;

    @Override
    protected MojoParameters parameters() {
        return commonParameters().withLintParameters(failOn, format, lintDown).withDocsBaseUrl(docsBaseUrl())
                .withBase(base).withAdoption(since, updateBaseline);
    }

    @Override
    protected void executeMojo(MigrationGuardConfig config) throws MojoExecutionException, MojoFailureException {
        LintResult result;
        if (config.base() == null) {
            result = new Linter(config).lintLocations();
        } else {
            try {
                result = GitLint.lintWorkingTree(config);
            } catch (GitBaseException e) {
                throw new MojoExecutionException("Migration Guard: " + e.getMessage());
            }
        }
        new LogReport(getLog()).print(result, config);
        writeReport(result, config);
        if (result.fails(config.failOn())) {
            throw new MojoFailureException(failureMessage(result.failingCount(config.failOn()), config.failOn()));
        }
    }

    /** Writes the report file of the format, and appends the Markdown report to the job summary when asked. */
    private void writeReport(LintResult result, MigrationGuardConfig config) throws MojoExecutionException {
        if (reportFile(config.format()) != null) {
            writeReport(config.format(),
                    Renderers.forFormat(config.format(), RenderOptions.of(config, false)).render(result));
        }
    }

    static String failureMessage(long count, FailOn failOn) {
        String what = failOn == FailOn.ERROR ? "error(s)" : "finding(s)";
        return "Migration Guard found " + count + " " + what + " at or above fail-on=" + failOn.label()
                + "; see the findings above";
    }
}
